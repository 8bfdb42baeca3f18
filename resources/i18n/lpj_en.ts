<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AddCompanyDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="28"/>
        <source>Ny bedrift</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="34"/>
        <source>valgfritt, 9 sifre</source>
        <translation>optional, 9 digits</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="37"/>
        <source>f.eks. Alta</source>
        <translation>e.g. Alta</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="72"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="74"/>
        <source>&amp;Org.nr.</source>
        <translation>&amp;Org. no.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="76"/>
        <source>&amp;Kommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="78"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="80"/>
        <source>&amp;E-post</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../lpj_desktop/app.py" line="96"/>
        <source>Kan ikke åpne dataene</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/app.py" line="97"/>
        <source>Dataene i {0} er laget av en nyere versjon av Læreplassjeger. Installer den nyeste versjonen for å åpne dem. Ingenting er endret.</source>
        <translation>The data in {0} was made by a newer version of Læreplassjeger. Install the newest version to open it. Nothing has been changed.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/app.py" line="146"/>
        <source>Feil versjon av Qt</source>
        <translation>Wrong version of Qt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/app.py" line="147"/>
        <source>Denne installasjonen bruker PySide6 {0}, som har en feil som får appen til å krasje midt i arbeidet. Installer en annen versjon (for eksempel: pip install &quot;PySide6-Essentials!={0}&quot;). Ingenting er endret i dataene dine.</source>
        <translation>This installation uses PySide6 {0}, which has a fault that makes the app crash in the middle of your work. Install another version (for example: pip install &quot;PySide6-Essentials!={0}&quot;). Nothing in your data has been changed.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../lpj_desktop/ui/app_session.py" line="96"/>
        <source>Den gamle databasen er flyttet til {0}. Ingenting er slettet.</source>
        <translation>The old database was moved to {0}. Nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/app_session.py" line="106"/>
        <source>Databasen på denne maskinen flyttes til side (til mappen «backups»; ingenting slettes), og appen starter med en ny, tom database som kan logge inn og synkronisere.</source>
        <translation>The database on this machine is moved aside (to the “backups” folder; nothing is deleted), and the app starts with a new, empty database that can log in and sync.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/app_session.py" line="110"/>
        <source>%n endring(er) er ikke sendt til serveren og blir bare liggende i den gamle databasen.</source>
        <translation>
            <numerusform>%n change has not been sent to the server and stays only in the old database.</numerusform>
            <numerusform>%n changes have not been sent to the server and stay only in the old database.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/app_session.py" line="113"/>
        <source>Start med en ny database?</source>
        <translation>Start with a new database?</translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="100"/>
        <source>Legg ved filer</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="111"/>
        <source>&amp;Velg filer…</source>
        <translation>&amp;Choose files…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="123"/>
        <source>f.eks. Visittkort, verkstedet, signert godkjenning</source>
        <translation>e.g. Business card, the workshop, signed approval</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="124"/>
        <source>Behold bildene i full størrelse</source>
        <translation>Keep photos at full size</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="127"/>
        <source>Ellers gjøres store bilder mindre før de lagres. Posisjon og kamerainformasjon fjernes uansett.</source>
        <translation>Otherwise large photos are made smaller before they are stored. Location and camera details are removed either way.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="130"/>
        <source>Dra filer hit, eller lim inn et bilde med Ctrl+V. Største fil: {0}.</source>
        <translation>Drag files here, or paste a picture with Ctrl+V. Largest file: {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="135"/>
        <source>Filer</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="137"/>
        <source>Hører til</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="138"/>
        <source>Bildetekst</source>
        <translation>Caption</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="140"/>
        <source>Legg ved (Ctrl+Enter)</source>
        <translation>Attach (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="158"/>
        <source>{0} (bilde fra utklippstavlen, {1} × {2})</source>
        <translation>{0} (picture from the clipboard, {1} × {2})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="180"/>
        <source>Velg minst én fil å legge ved.</source>
        <translation>Choose at least one file to attach.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="16"/>
        <source>Fila finnes ikke lenger (flyttet, slettet eller en minnepinne tatt ut).</source>
        <translation>The file is no longer there (moved, deleted, or a memory stick removed).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="18"/>
        <source>Fila kunne ikke leses: {detail}</source>
        <translation>The file could not be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="19"/>
        <source>Fila endret seg mens den ble lest. Prøv igjen når den er ferdig lagret.</source>
        <translation>The file changed while it was read. Try again once it has been saved completely.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="21"/>
        <source>Fila er tom.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="22"/>
        <source>Fila er for stor ({size}). Største tillatte er {limit}.</source>
        <translation>The file is too large ({size}). The largest allowed is {limit}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="23"/>
        <source>Fila heter {name}, men er ikke et bilde appen kan lese.</source>
        <translation>The file is called {name}, but it is not a picture the app can read.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="25"/>
        <source>Bildet har for mange bildepunkter ({pixels}) og kan ikke åpnes trygt.</source>
        <translation>The picture has too many pixels ({pixels}) to be opened safely.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="27"/>
        <source>HEIC-bilder kan ikke leses på denne maskinen.</source>
        <translation>HEIC pictures cannot be read on this computer.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="28"/>
        <source>Denne filtypen kan ikke legges ved. Bruk bilder (JPEG, PNG, HEIC), PDF eller Office-filer.</source>
        <translation>This kind of file cannot be attached. Use pictures (JPEG, PNG, HEIC), PDF or Office files.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="31"/>
        <source>Det du vil legge fila ved, finnes ikke (lenger) her.</source>
        <translation>What you want to attach the file to is not (or no longer) here.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="33"/>
        <source>Vedlegget finnes ikke lenger (fjernet her, eller slettet av en synkronisering).</source>
        <translation>The attachment is no longer there (removed here, or deleted by a sync).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="35"/>
        <source>Bare den som la ved fila, kan endre eller fjerne den.</source>
        <translation>Only the person who attached the file can change or remove it.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="36"/>
        <source>Bare den som registrerte det, kan legge ved filer her.</source>
        <translation>Only the person who recorded it can attach files here.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="38"/>
        <source>Bare ansatte ved kontoret kan legge ved filer her.</source>
        <translation>Only the office&apos;s staff can attach files here.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="53"/>
        <source>{0} kB</source>
        <translation>{0} kB</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="54"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="60"/>
        <source>Besøk {0}</source>
        <translation>Visit {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="62"/>
        <source>Kontaktperson {0}</source>
        <translation>Contact person {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="64"/>
        <source>Arrangement {0}</source>
        <translation>Event {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="65"/>
        <source>Arrangement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="67"/>
        <source>Kampanje {0}</source>
        <translation>Campaign {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="68"/>
        <source>Kampanje</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="69"/>
        <source>Bedriften</source>
        <translation>The company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="82"/>
        <source>Bilde</source>
        <translation>Picture</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="84"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="86"/>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="87"/>
        <source>Word-dokument</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="88"/>
        <source>Tekstdokument</source>
        <translation>Text document</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="90"/>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="91"/>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="92"/>
        <source>Regneark</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="93"/>
        <source>Presentasjon</source>
        <translation>Presentation</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/charts.py" line="86"/>
        <source>Ingen data i utvalget</source>
        <translation>No data in this selection</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="217"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="232"/>
        <source>Lagre (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="233"/>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="234"/>
        <source>Lukk, behold utkast</source>
        <translation>Close, keep draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="351"/>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="365"/>
        <location filename="../../lpj_desktop/ui/widgets.py" line="220"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="245"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="93"/>
        <source>F.eks. Læreplassjeger høsten 2026</source>
        <translation>E.g. Apprenticeship hunt autumn 2026</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="101"/>
        <source>Opprett kampanje</source>
        <translation>Create campaign</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="107"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="108"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="109"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="110"/>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="113"/>
        <source>Ny kampanje</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="117"/>
        <source>&lt;b&gt;Kampanjer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campaigns&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="125"/>
        <source>Legg til fra filter …</source>
        <translation>Add from filter …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="126"/>
        <source>Legg til fra fil med org.nr. …</source>
        <translation>Add from a file of org. numbers …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="127"/>
        <source>Prioritet 1: godkjente uten lærling</source>
        <translation>Priority 1: approved, without apprentices</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="128"/>
        <source>Prioritet 2: lærling i ett fag, kan ta flere</source>
        <translation>Priority 2: apprentice in one trade, can take more</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="129"/>
        <source>Importer fylkets liste over godkjente lærebedrifter …</source>
        <translation>Import the county&apos;s list of approved training companies …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="133"/>
        <source>Marker brev sendt</source>
        <translation>Mark letter sent</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="135"/>
        <source>&amp;Brev …</source>
        <translation>&amp;Letters …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="138"/>
        <source>Skriv brev til målbedriftene ut fra en mal, se dem før de lages, og lag PDF for utskrift, e-postutkast og CSV til postutsending</source>
        <translation>Write letters to the target companies from a template, preview them, and make a PDF for printing, e-mail drafts and a CSV for a mailing service</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="170"/>
        <source>Brev sendt</source>
        <translation>Letter sent</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="176"/>
        <source>Målbedrifter</source>
        <translation>Target companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="184"/>
        <source>Importer interessemeldinger (CSV fra nettskjema) …</source>
        <translation>Import interest registrations (CSV from web form) …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="187"/>
        <source>Gi oppfølgingen til</source>
        <translation>Assign the follow-up to</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="188"/>
        <source>Når bedriften ikke har noen jeger</source>
        <translation>When the company has no hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="189"/>
        <source>Frist for oppfølging</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="191"/>
        <source>Interessemeldinger</source>
        <translation>Interest registrations</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="197"/>
        <source>Lagre tallene</source>
        <translation>Save the figures</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="200"/>
        <source>Brev sendt i posten</source>
        <translation>Letters posted</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="201"/>
        <source>Visninger i sosiale medier</source>
        <translation>Social media views</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="202"/>
        <source>Klikk på lenken</source>
        <translation>Link clicks</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="204"/>
        <source>Tall målt utenfor appen</source>
        <translation>Figures measured outside the app</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="236"/>
        <source>ikke ført</source>
        <translation>not entered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="263"/>
        <source>Bedriftens jeger, ellers kommunens jeger</source>
        <translation>The company&apos;s hunter, else the municipality&apos;s hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="264"/>
        <source>Ingen: vis raden som ikke importert</source>
        <translation>Nobody: show the row as not imported</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="309"/>
        <source>Kampanjen kunne ikke leses: {0}</source>
        <translation>The campaign could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="316"/>
        <source>Opprett eller velg en kampanje.</source>
        <translation>Create or choose a campaign.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="296"/>
        <source>Kampanjen {0}</source>
        <translation>The campaign {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="324"/>
        <source>Målbedrifter: {0}. Med brev registrert sendt: {1}.</source>
        <translation>Target companies: {0}. With a letter recorded as sent: {1}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="340"/>
        <source>Ikke lenger aktive i Enhetsregisteret: {0}. De står på lista, men får ikke brev.</source>
        <translation>No longer active in the Central Coordinating Register: {0}. They stay on the list but get no letter.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="348"/>
        <source>slettet fra Enhetsregisteret {0}</source>
        <translation>deleted from the Central Coordinating Register {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="350"/>
        <source>konkurs registrert</source>
        <translation>bankruptcy registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="351"/>
        <source>tvangsavvikling registrert</source>
        <translation>compulsory dissolution registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="352"/>
        <source>avvikling registrert</source>
        <translation>liquidation registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="353"/>
        <source>slettet fra Enhetsregisteret</source>
        <translation>deleted from the Central Coordinating Register</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="400"/>
        <source>Lagt til som mål: {0}. Var alt med: {1}.</source>
        <translation>Added as targets: {0}. Already on the list: {1}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="403"/>
        <source>Tatt av lista tidligere, ikke lagt til igjen: {0}.</source>
        <translation>Taken off the list earlier, not added again: {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="409"/>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="432"/>
        <source>Legger til målbedrifter …</source>
        <translation>Adding target companies …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="415"/>
        <source>Legger til prioritert gruppe …</source>
        <translation>Adding priority group …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="421"/>
        <source>Fila kan ikke leses: {0}</source>
        <translation>The file cannot be read: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="426"/>
        <source>Målbedrifter fra fil</source>
        <translation>Target companies from a file</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="427"/>
        <source>Lagt til: {0}. Var alt med: {1}. Linjer som ikke kunne brukes: {2}.</source>
        <translation>Added: {0}. Already on the list: {1}. Lines that could not be used: {2}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="436"/>
        <source>Brev registrert sendt, antall bedrifter: {0}.</source>
        <translation>Letter recorded as sent, companies: {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="438"/>
        <source>Registrerer brev …</source>
        <translation>Recording letters …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="478"/>
        <source>Oppfølginger opprettet: {0}. Nye kontaktpersoner: {1}. Bedrifter lagt til for hånd: {2}. Rader importert før: {3}. Rader som ikke ble importert: {4}.</source>
        <translation>Follow-ups created: {0}. New contact persons: {1}. Companies added by hand: {2}. Rows imported before: {3}. Rows not imported: {4}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="483"/>
        <source>Kolonner som ikke ble brukt: {0}.</source>
        <translation>Columns not used: {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="486"/>
        <source>Interessemeldinger importert</source>
        <translation>Interest registrations imported</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="488"/>
        <source>Importerer interessemeldinger …</source>
        <translation>Importing interest registrations …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="498"/>
        <source>Bedrifter med ny status eller nye fag: {0}. Uendret: {1}. Rader som ikke ble brukt: {2}.</source>
        <translation>Companies with a new status or new trades: {0}. Unchanged: {1}. Rows not used: {2}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="502"/>
        <source>Godkjente lærebedrifter importert</source>
        <translation>Approved training companies imported</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="505"/>
        <source>Importerer godkjente lærebedrifter …</source>
        <translation>Importing approved training companies …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="529"/>
        <source>Tallene er lagret.</source>
        <translation>The figures are saved.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="537"/>
        <source>CSV- og tekstfiler (*.csv *.txt);;Alle filer (*)</source>
        <translation>CSV and text files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="547"/>
        <source>Fil med organisasjonsnummer</source>
        <translation>File of organisation numbers</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="552"/>
        <source>Interessemeldinger fra nettskjemaet</source>
        <translation>Interest registrations from the web form</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="557"/>
        <source>Fylkets liste over godkjente lærebedrifter</source>
        <translation>The county&apos;s list of approved training companies</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/charts.py" line="181"/>
        <location filename="../../lpj_desktop/ui/staff/charts.py" line="200"/>
        <source>Vis tabell</source>
        <translation>Show table</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/charts.py" line="200"/>
        <source>Vis diagram</source>
        <translation>Show chart</translation>
    </message>
</context>
<context>
    <name>CompanyFiles</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="51"/>
        <source>Vedlegg</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="71"/>
        <source>Vedlegg ({0})</source>
        <translation>Attachments ({0})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="79"/>
        <source>Bedriften {0}</source>
        <translation>The company {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="86"/>
        <source>Besøket {0}</source>
        <translation>The visit {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="91"/>
        <source>Kontaktperson {0}</source>
        <translation>Contact person {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="115"/>
        <source>Legger ved {0} fil(er) …</source>
        <translation>Attaching {0} file(s) …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="121"/>
        <source>Utklippstavlen har ikke noe bilde eller noen fil å legge ved.</source>
        <translation>The clipboard holds no picture or file to attach.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="176"/>
        <source>Fjerne vedlegget?</source>
        <translation>Remove the attachment?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="177"/>
        <source>Fjerne «{0}» fra {1}? Det fjernes også på serveren og de andre maskinene.</source>
        <translation>Remove “{0}” from {1}? It is removed on the server and the other computers too.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="184"/>
        <source>Synkroniseringen skriver akkurat nå. Prøv igjen om et øyeblikk.</source>
        <translation>The sync is writing right now. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="62"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="63"/>
        <source>Org.nr.</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="64"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="65"/>
        <source>Bransje</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="66"/>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="67"/>
        <source>Lærebedrift</source>
        <translation>Training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="68"/>
        <source>Stadium</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="69"/>
        <source>Siste kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="222"/>
        <source>Ikke lenger aktiv i Enhetsregisteret (konkurs, avvikling eller slettet)</source>
        <translation>No longer active in the register (bankrupt, being wound up or deleted)</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="49"/>
        <source>Søk på navn, sted eller organisasjonsnummer  (Ctrl+F)</source>
        <translation>Search by name, place or organisation number  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="73"/>
        <source> dager</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="74"/>
        <source>uansett</source>
        <translation>any time</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="75"/>
        <source>Vis nedlagte</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="76"/>
        <source>Nullstill filtre</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="105"/>
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="106"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="107"/>
        <source>Lærebedrift</source>
        <translation>Training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="108"/>
        <source>Stadium</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="114"/>
        <source>Fag</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="115"/>
        <source>Eier</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="116"/>
        <source>Kampanje</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="117"/>
        <source>Ingen kontakt på</source>
        <translation>No contact for</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="159"/>
        <source>Søket feilet: {0}</source>
        <translation>The search failed: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="169"/>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="207"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="187"/>
        <source>Meg</source>
        <translation>Me</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="246"/>
        <source>%n bedrift(er)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="246"/>
        <source>teller …</source>
        <translation>counting …</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="87"/>
        <source>Nytt besøk…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="88"/>
        <source>Registrer et besøk eller en annen kontakt (Ctrl+N)</source>
        <translation>Record a visit or another contact (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="89"/>
        <source>Nytt notat…</source>
        <translation>New note…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="90"/>
        <source>Legg ved …</source>
        <translation>Attach …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="93"/>
        <source>Legg ved bilder eller dokumenter (Ctrl+Shift+A). Du kan også dra filer hit, eller lime inn et bilde med Ctrl+V i historikken.</source>
        <translation>Attach pictures or documents (Ctrl+Shift+A). You can also drag files here, or paste a picture with Ctrl+V in the history.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="102"/>
        <source>Fra Enhetsregisteret</source>
        <translation>From the Central Coordinating Register</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="115"/>
        <source>f.eks. kampanje2024, prioritet</source>
        <translation>e.g. campaign2024, priority</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="122"/>
        <source>Lagre endringer</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="134"/>
        <source>Godkjent i fag</source>
        <translation>Approved for trades</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="135"/>
        <source>Interessert i fag</source>
        <translation>Interested in trades</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="136"/>
        <source>Stikkord</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="137"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="138"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="335"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="139"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="336"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="140"/>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="146"/>
        <source>Dine opplysninger</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="172"/>
        <source>Ny…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="173"/>
        <source>Endre…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="174"/>
        <source>Eksporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="175"/>
        <source>Slett personopplysninger…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="176"/>
        <source>Lagre alt appen vet om personen som en fil (innsyn etter GDPR)</source>
        <translation>Save everything the app knows about the person to a file (GDPR access)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="177"/>
        <source>Slett personen på forespørsel (GDPR); slettingen synkroniseres</source>
        <translation>Erase the person on request (GDPR); the erasure is synced</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="186"/>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="210"/>
        <source>Dobbeltklikk eller Enter på et besøk for å rette det; mellomrom viser vedleggene</source>
        <translation>Double-click or Enter on a visit to correct it; Space shows the attachments</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="211"/>
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="241"/>
        <source>Velg en bedrift i listen for å se den her.</source>
        <translation>Choose a company in the list to see it here.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="305"/>
        <source>uten organisasjonsnummer</source>
        <translation>no organisation number</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="320"/>
        <source>Ikke lenger aktiv i Enhetsregisteret.</source>
        <translation>No longer active in the register.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="323"/>
        <source>Org.nr.</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="324"/>
        <source>Organisasjonsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="326"/>
        <source>Bransje</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="327"/>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="328"/>
        <source>Forretningsadresse</source>
        <translation>Business address</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="329"/>
        <source>Postadresse</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="331"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="334"/>
        <source>Hjemmeside</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="338"/>
        <source>Hovedenhet</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="340"/>
        <source>Lagt inn for hånd; ingen opplysninger fra registeret.</source>
        <translation>Added by hand; no details from the register.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="363"/>
        <source>Ingen</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="364"/>
        <source>Meg</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="372"/>
        <source>%1 (har sluttet)</source>
        <translation>%1 (has left)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="373"/>
        <source>Annen bruker</source>
        <translation>Another user</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="405"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="435"/>
        <source>Stadium: {0}</source>
        <translation>Stage: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="513"/>
        <source>Endringene dine er ikke lagret: {0}</source>
        <translation>Your changes are not saved: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="545"/>
        <source>Lagret.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="545"/>
        <source>Ingen endringer.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="572"/>
        <source>Notatet ble ikke lagret</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="604"/>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="604"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="622"/>
        <source>Velg en kontaktperson først.</source>
        <translation>Choose a contact person first.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="608"/>
        <source>Lagre personopplysninger</source>
        <translation>Save personal data</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="622"/>
        <source>Slett</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="626"/>
        <source>Slette personopplysninger?</source>
        <translation>Erase personal data?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="628"/>
        <source>Navn, rolle, telefon og e-post til personen slettes for godt, her og på serveren. Besøkene blir stående uten navnet. Vil du fortsette?</source>
        <translation>The person&apos;s name, role, phone and email are erased for good, here and on the server. The visits stay, without the name. Continue?</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="98"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="101"/>
        <source>Det samme feltet ble endret til ulike verdier på to maskiner. Serveren beholdt verdien som kom fram først. Se på begge og velg hva som skal gjelde; valget sendes ved neste synkronisering.</source>
        <translation>The same field was changed to different values on two machines. The server kept the value that arrived first. Look at both and choose which one applies; your choice is sent with the next sync.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="105"/>
        <source>Ingen konflikter å løse.</source>
        <translation>No conflicts to resolve.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="107"/>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="107"/>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="107"/>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="211"/>
        <source>Din verdi</source>
        <translation>Your value</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="108"/>
        <source>Den andre verdien</source>
        <translation>The other value</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="112"/>
        <source>Velg verdi</source>
        <translation>Choose a value</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="122"/>
        <source>Behold &amp;min</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="124"/>
        <source>Behold &amp;den andre</source>
        <translation>Keep &amp;the other</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="128"/>
        <source>Eller skriv riktig verdi her</source>
        <translation>Or type the right value here</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="129"/>
        <source>&amp;Bruk denne</source>
        <translation>&amp;Use this</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="134"/>
        <source>Åpne bedriften</source>
        <translation>Open the company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="144"/>
        <source>Annen verdi:</source>
        <translation>Other value:</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="209"/>
        <source>{0}: feltet «{1}»</source>
        <translation>{0}: the field “{1}”</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="210"/>
        <source> (lagret nå)</source>
        <translation> (stored now)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="212"/>
        <source>en annen</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="214"/>
        <source>Fra {0}</source>
        <translation>From {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="232"/>
        <source>Skriv et tall.</source>
        <translation>Type a number.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="238"/>
        <source>Feltet kan ikke være tomt.</source>
        <translation>The field cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="239"/>
        <source>Konflikten er allerede løst.</source>
        <translation>The conflict is already resolved.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="240"/>
        <source>Konflikten finnes ikke lenger.</source>
        <translation>The conflict no longer exists.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="699"/>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="701"/>
        <source>f.eks. daglig leder, fagansvarlig</source>
        <translation>e.g. managing director, training supervisor</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="706"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="707"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="708"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="709"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>DamagedStore</name>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="24"/>
        <source>Databasen er skadet</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="25"/>
        <source>Databasen på denne maskinen kan ikke leses; filen er skadet. Ingenting er endret i den, og den blir flyttet til side (ikke slettet) uansett hva du velger.</source>
        <translation>The database on this machine cannot be read; the file is damaged. Nothing in it has been changed, and it is moved aside (not deleted) whatever you choose.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="31"/>
        <source>Den nyeste sikkerhetskopien er fra {0}. Henter du den tilbake, mister du det som ble lagret på denne maskinen etter det. Det som allerede er synkronisert, kommer tilbake ved neste synkronisering.</source>
        <translation>The newest backup copy is from {0}. If you bring it back, you lose what was saved on this machine after that. What was already synced comes back at the next sync.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="38"/>
        <source>Det finnes ingen sikkerhetskopi. Du kan begynne med en ny, tom database; det som er synkronisert, hentes fra serveren igjen.</source>
        <translation>There is no backup copy. You can start with a new, empty database; what was synced is fetched from the server again.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="48"/>
        <source>Hent sikkerhetskopien</source>
        <translation>Bring back the backup copy</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="51"/>
        <source>Ny, tom database</source>
        <translation>New, empty database</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="53"/>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="77"/>
        <source>Oppdater</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="78"/>
        <source>Kampanjerapport (PDF) …</source>
        <translation>Campaign report (PDF) …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="79"/>
        <source>Alle tabeller til Excel …</source>
        <translation>All tables to Excel …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="82"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="84"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="231"/>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="273"/>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="97"/>
        <source>Brev sendt (ført)</source>
        <translation>Letters sent (entered)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="98"/>
        <source>Visninger sosiale medier (ført)</source>
        <translation>Social media views (entered)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="99"/>
        <source>Lenkeklikk (ført)</source>
        <translation>Link clicks (entered)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="114"/>
        <source>Kontakter per uke</source>
        <translation>Contacts per week</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="115"/>
        <source>Læreplasser tilbudt per kommune</source>
        <translation>Places offered per municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="116"/>
        <source>Lærefag med flest læreplasser tilbudt</source>
        <translation>Trades with the most places offered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="117"/>
        <source>Mål og resultater: andel av besøksmålet</source>
        <translation>Goals and results: share of the visit goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="120"/>
        <source>Kontakter per læreplassjeger</source>
        <translation>Contacts per hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="162"/>
        <source>Alle besøk i perioden</source>
        <translation>All visits in the period</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="196"/>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="197"/>
        <source>Regner ut tallene …</source>
        <translation>Calculating the figures …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="224"/>
        <source>Trinn</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="224"/>
        <source>Bedrifter</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="225"/>
        <source>Andel av første trinn</source>
        <translation>Share of the first stage</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="231"/>
        <source>Uke</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="238"/>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="245"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="241"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="265"/>
        <source>Læreplasser</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="111"/>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="289"/>
        <source>Nøkkeltall</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="113"/>
        <source>Trakten: bedrifter per trinn</source>
        <translation>Funnel: companies per step</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="249"/>
        <source>Lærefag</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="256"/>
        <source>{0} av {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="260"/>
        <source>Jeger / team</source>
        <translation>Hunter / team</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="260"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="261"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="262"/>
        <source>Besøk</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="262"/>
        <source>Mål besøk</source>
        <translation>Visit goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="263"/>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="264"/>
        <source>Mål avtaler</source>
        <translation>Agreement goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="266"/>
        <source>Mål læreplasser</source>
        <translation>Places goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="272"/>
        <source>Læreplassjeger</source>
        <translation>Hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="275"/>
        <source>{0}: {1} kontakter med {2} bedrifter.</source>
        <translation>{0}: {1} contacts with {2} companies.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="276"/>
        <source>Alle besøk</source>
        <translation>All visits</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="285"/>
        <source>Ført inn for hånd av kontoret (post og sosiale medier); ikke målt i appen.</source>
        <translation>Entered by hand by the office (post and social media); not measured in the app.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="287"/>
        <source>Tall</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="287"/>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="288"/>
        <source>Slik er tallet regnet</source>
        <translation>How it is counted</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="292"/>
        <source> (team)</source>
        <translation> (team)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="319"/>
        <source>Lagre kampanjerapport</source>
        <translation>Save campaign report</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="319"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="325"/>
        <source>Lagre tabellene</source>
        <translation>Save the tables</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="325"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="30"/>
        <source>Noe gikk galt</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="33"/>
        <source>Det oppstod en uventet feil: {0}

Det du har lagret, er i behold. Send gjerne detaljene under til brukerstøtte.</source>
        <translation>An unexpected error happened: {0}

Everything you saved is kept. Please send the details below to support.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="37"/>
        <source>Loggfil: {0}</source>
        <translation>Log file: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="44"/>
        <source>Kopier detaljer</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="52"/>
        <source>Nytt arrangement</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="52"/>
        <source>Endre arrangement</source>
        <translation>Edit event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="57"/>
        <source>f.eks. Yrkesmesse i Alta</source>
        <translation>e.g. Careers fair in Alta</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="68"/>
        <source>Som før, for hver bedrift</source>
        <translation>As before, for each company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="74"/>
        <source>Skriv navn og trykk Enter for å legge til</source>
        <translation>Type a name and press Enter to add</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="94"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="97"/>
        <source>&amp;Utfall for alle</source>
        <translation>&amp;Outcome for all</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="98"/>
        <source>&amp;Legg til bedrift</source>
        <translation>&amp;Add company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="78"/>
        <source>&amp;Fjern valgt</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="79"/>
        <source>Eller Delete i lista</source>
        <translation>Or Delete in the list</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="92"/>
        <source>Na&amp;vn</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="95"/>
        <source>&amp;Når</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="102"/>
        <source>Bedrifter til &amp;stede</source>
        <translation>Companies &amp;present</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="106"/>
        <source>N&amp;otater</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="109"/>
        <source>Lagre (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="110"/>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="111"/>
        <source>Lukk og slett utkastet</source>
        <translation>Close and delete the draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="112"/>
        <source>Lukk, behold utkast</source>
        <translation>Close, keep draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="133"/>
        <source>Utkastet kunne ikke lagres på disk: {0}</source>
        <translation>The draft could not be saved to disk: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="136"/>
        <source>Endringer du ikke lagret, er hentet fram. «Forkast» lukker uten å endre noe.</source>
        <translation>Changes you did not save have been brought back. “Discard” closes without changing anything.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="137"/>
        <source>Et arrangement du ikke lagret, er hentet fram. «Forkast» sletter det og gir et tomt skjema.</source>
        <translation>An event you did not save has been brought back. “Discard” deletes it and gives an empty form.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/events_page.py" line="83"/>
        <source>%n bedrift(er)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/events_page.py" line="85"/>
        <source>%n vedlegg</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="114"/>
        <source>Ingen arrangementer ennå. Registrer et med {0}.</source>
        <translation>No events yet. Record one with {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="123"/>
        <source>Arrangementer</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="148"/>
        <source>Enter åpner bedriften</source>
        <translation>Enter opens the company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="150"/>
        <source>Bedrifter til stede</source>
        <translation>Companies present</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="158"/>
        <source>&amp;Endre…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="161"/>
        <source>&amp;Slett…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="255"/>
        <source>Arrangementet {0}</source>
        <translation>The event {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="264"/>
        <source>Slette arrangementet?</source>
        <translation>Delete the event?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/events_page.py" line="266"/>
        <source>«{0}» slettes, med besøket hos %n bedrift(er) og vedleggene. Det kan ikke angres. Vil du fortsette?</source>
        <translation>
            <numerusform>“{0}” will be deleted, with the visit at %n company and its files. This cannot be undone. Continue?</numerusform>
            <numerusform>“{0}” will be deleted, with the visits at %n companies and their files. This cannot be undone. Continue?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/events_page.py" line="276"/>
        <source>Arrangementet er slettet (%n besøk).</source>
        <translation>
            <numerusform>The event was deleted (%n visit).</numerusform>
            <numerusform>The event was deleted (%n visits).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="99"/>
        <source>← Forrige</source>
        <translation>← Previous</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="100"/>
        <source>Neste →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="101"/>
        <source>Åpne i eget program (Ctrl+O)</source>
        <translation>Open in its own program (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="102"/>
        <source>Lagre en kopi … (Ctrl+S)</source>
        <translation>Save a copy … (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="103"/>
        <source>Fjern … (Del)</source>
        <translation>Remove … (Del)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="104"/>
        <source>Lukk (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="145"/>
        <source>Vedlegg {0} av {1}</source>
        <translation>Attachment {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="148"/>
        <source>lagt ved {0}</source>
        <translation>attached {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="162"/>
        <source>Dokumenter åpnes i maskinens eget program: trykk Ctrl+O.</source>
        <translation>Documents open in the computer&apos;s own program: press Ctrl+O.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="178"/>
        <source>Bildet kunne ikke vises: {0}</source>
        <translation>The picture could not be shown: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="188"/>
        <source>Bare et forhåndsbilde finnes på denne maskinen.</source>
        <translation>Only a preview is on this computer.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="193"/>
        <source>Henter originalen fra serveren …</source>
        <translation>Fetching the original from the server …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="208"/>
        <source>Originalen kunne ikke hentes nå: {0}</source>
        <translation>The original could not be fetched now: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="213"/>
        <source>Bare et forhåndsbilde finnes på denne maskinen. Logg inn på serveren for å hente originalen.</source>
        <translation>Only a preview is on this computer. Log in to the server to fetch the original.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="266"/>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="270"/>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="289"/>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="310"/>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="314"/>
        <source>Vedlegg</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="267"/>
        <source>Fila kunne ikke åpnes: {0}</source>
        <translation>The file could not be opened: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="271"/>
        <source>Maskinen har ikke noe program som åpner denne fila. En kopi ligger i {0}.</source>
        <translation>This computer has no program that opens this file. A copy is in {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="283"/>
        <source>Lagre en kopi</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="290"/>
        <source>Kopien kunne ikke lagres: {0}</source>
        <translation>The copy could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="292"/>
        <source>Kopien er lagret: {0}</source>
        <translation>The copy is saved: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="302"/>
        <source>Fjerne vedlegget?</source>
        <translation>Remove the attachment?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="303"/>
        <source>Fjerne «{0}» fra {1}? Det fjernes også på serveren og de andre maskinene.</source>
        <translation>Remove “{0}” from {1}? It is removed on the server and the other computers too.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="311"/>
        <source>Synkroniseringen skriver akkurat nå. Prøv å fjerne vedlegget igjen om et øyeblikk.</source>
        <translation>The sync is writing right now. Try removing the attachment again in a moment.</translation>
    </message>
</context>
<context>
    <name>FilesStatus</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/status.py" line="35"/>
        <source>Legger ved {0} av {1} filer …</source>
        <translation>Attaching {0} of {1} files …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/status.py" line="37"/>
        <source>Vedlegg som venter på sending: {0} ({1})</source>
        <translation>Attachments waiting to be sent: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/status.py" line="39"/>
        <source>Filene sendes etter hver synkronisering, de nyeste først. Et brudd i forbindelsen fortsetter der det stoppet.</source>
        <translation>Files are sent after each sync, newest first. A broken connection resumes where it stopped.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="48"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="48"/>
        <source>Bedrift</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="48"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="54"/>
        <source>Merk som utført (Ctrl+D)</source>
        <translation>Mark done (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="56"/>
        <source>Flytt…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="57"/>
        <source>Åpne bedrift (Enter)</source>
        <translation>Open company (Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="90"/>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="91"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="92"/>
        <source>Resten av uken</source>
        <translation>Rest of the week</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="93"/>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="109"/>
        <source>{0} forfalt · {1} i dag · {2} resten av uken</source>
        <translation>{0} overdue · {1} today · {2} rest of the week</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="55"/>
        <source>Læreplassjeger</source>
        <translation>Hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="56"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="68"/>
        <source>Lagre mål</source>
        <translation>Save goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="72"/>
        <source>Gjelder</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="73"/>
        <source>Hvem</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="74"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="75"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="76"/>
        <source>Besøk og kontakter</source>
        <translation>Visits and contacts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="77"/>
        <source>Avtaler (bedrifter)</source>
        <translation>Agreements (companies)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="78"/>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="86"/>
        <source>Læreplasser</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="81"/>
        <source>Sett mål</source>
        <translation>Set goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="85"/>
        <source>Jeger / team</source>
        <translation>Hunter / team</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="85"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="85"/>
        <source>Besøk</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="86"/>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="100"/>
        <source>Slett valgt mål</source>
        <translation>Delete selected goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="102"/>
        <source>&lt;b&gt;Mål og hvor langt de har kommet&lt;/b&gt; (telles fra besøkene i målets periode)</source>
        <translation>&lt;b&gt;Goals and how far they have come&lt;/b&gt; (counted from the visits in the goal&apos;s period)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="122"/>
        <source> (team)</source>
        <translation> (team)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="141"/>
        <source>{0} av {1}</source>
        <translation>{0} of {1}</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="38"/>
        <source>Regner ut målene …</source>
        <translation>Working out the goals …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="45"/>
        <source>Målene kunne ikke regnes ut: {0}</source>
        <translation>The goals could not be worked out: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="63"/>
        <source>Ingen mål er satt for deg i denne perioden. Målene settes av kontoret og kommer hit ved synkronisering.</source>
        <translation>No goals are set for you in this period. Goals are set by the office and arrive here when you sync.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="71"/>
        <source>Denne måneden ({0}–{1})</source>
        <translation>This month ({0}–{1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="75"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="97"/>
        <source>Besøk og kontakter</source>
        <translation>Visits and contacts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="76"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="98"/>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="77"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="99"/>
        <source>Tilbudte læreplasser</source>
        <translation>Apprenticeships offered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="90"/>
        <source>Mine mål</source>
        <translation>My goals</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="92"/>
        <source>Teamets mål ({0})</source>
        <translation>Team goals ({0})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="110"/>
        <source>{0} av {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="113"/>
        <source>i rute</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="104"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="113"/>
        <source>{0} bak planen</source>
        <translation>{0} behind plan</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="120"/>
        <source>{0} % av perioden er gått.</source>
        <translation>{0} % of the period has passed.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="70"/>
        <source>Mottakere</source>
        <translation>Receivers</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="71"/>
        <source>Kommuner</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="76"/>
        <source>Mottaker</source>
        <translation>Receiver</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="76"/>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="112"/>
        <source>Bedrifter</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="77"/>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="112"/>
        <source>Oppfølginger</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="77"/>
        <source>Kampanjemottakere</source>
        <translation>Campaign targets</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="84"/>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="258"/>
        <source>&amp;Overfør</source>
        <translation>Hand &amp;over</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="91"/>
        <source>Fra &amp;læreplassjeger</source>
        <translation>From hunt&amp;er</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="93"/>
        <source>Til (&amp;mottakere: kryss av med mellomrom; flere deler likt)</source>
        <translation>To (rece&amp;ivers: tick with Space; several share equally)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="95"/>
        <source>&amp;Kommuner (ingen avkrysset: alle)</source>
        <translation>&amp;Municipalities (none ticked: all)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="107"/>
        <source>Overfør arbeid</source>
        <translation>Hand over work</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="111"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="111"/>
        <source>Fra</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="111"/>
        <source>Til</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="112"/>
        <source>Av</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="113"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="124"/>
        <source>&amp;Siste overføringer</source>
        <translation>&amp;Latest handovers</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="126"/>
        <source>&amp;Angre valgt overføring</source>
        <translation>&amp;Undo selected handover</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="166"/>
        <source>har sluttet</source>
        <translation>has left</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="192"/>
        <source>{0} ({1}, {2})</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="222"/>
        <source>Velg hvem som gir fra seg arbeidet, og kryss av minst én mottaker.</source>
        <translation>Choose who hands over the work, and tick at least one receiver.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="238"/>
        <source>Teller …</source>
        <translation>Counting …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="239"/>
        <source>Teller</source>
        <translation>Counting</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="255"/>
        <source>{0} har ingen bedrifter eller åpne oppfølginger å overføre her.</source>
        <translation>{0} has no companies or open follow-ups to hand over here.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="261"/>
        <source>{0}, {1} og {2} flyttes fra {3}.</source>
        <translation>{0}, {1} and {2} move from {3}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="270"/>
        <source>&amp;Overfør {0} og {1}</source>
        <translation>Hand &amp;over {0} and {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="278"/>
        <source>angring</source>
        <translation>undo</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="278"/>
        <source>angret</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="300"/>
        <source>Overfører …</source>
        <translation>Handing over …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="308"/>
        <source>Overfører arbeid …</source>
        <translation>Handing over work …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="316"/>
        <source>Overført {0} og {1} til {2}. Endringene sendes ved neste synkronisering. Angre med «Angre valgt overføring» (Alt+A).</source>
        <translation>Handed over {0} and {1} to {2}. The changes are sent with the next sync. Undo with “Undo selected handover” (Alt+U).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="334"/>
        <source>Angrer …</source>
        <translation>Undoing …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="342"/>
        <source>Angrer overføringen …</source>
        <translation>Undoing the handover …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="348"/>
        <source>Angret: {0} og {1} er flyttet tilbake.</source>
        <translation>Undone: {0} and {1} moved back.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="351"/>
        <source>{0} ble latt være fordi noen har endret dem siden:</source>
        <translation>{0} were left alone because someone has changed them since:</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="355"/>
        <source>… og {0} til.</source>
        <translation>… and {0} more.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="367"/>
        <source>1 bedrift</source>
        <translation>1 company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="367"/>
        <source>{0} bedrifter</source>
        <translation>{0} companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="371"/>
        <source>1 åpen oppfølging</source>
        <translation>1 open follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="372"/>
        <source>{0} åpne oppfølginger</source>
        <translation>{0} open follow-ups</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="373"/>
        <source>1 oppfølging</source>
        <translation>1 follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="373"/>
        <source>{0} oppfølginger</source>
        <translation>{0} follow-ups</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="376"/>
        <source>1 kampanjemottaker</source>
        <translation>1 campaign target</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="377"/>
        <source>{0} kampanjemottakere</source>
        <translation>{0} campaign targets</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="381"/>
        <source>en annen</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="383"/>
        <source>er slettet</source>
        <translation>is deleted</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="384"/>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="385"/>
        <source>er gitt videre til {0} siden</source>
        <translation>has been handed on to {0} since</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="386"/>
        <source>er utført siden</source>
        <translation>has been done since</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="387"/>
        <source>er avlyst siden</source>
        <translation>has been cancelled since</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="388"/>
        <source>er allerede tilbake</source>
        <translation>is already back</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="389"/>
        <source>blir hos {0}: den det kom fra, har sluttet</source>
        <translation>stays with {0}: the one it came from has left</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="393"/>
        <source>Bedriften «{0}» {1}</source>
        <translation>The company “{0}” {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="394"/>
        <source>Oppfølgingen «{0}» hos {1} {2}</source>
        <translation>The follow-up “{0}” at {1} {2}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="399"/>
        <source>Bare ansatte og administratorer kan overføre arbeid.</source>
        <translation>Only staff and administrators can hand over work.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="400"/>
        <source>Læreplassjegeren finnes ikke i denne databasen.</source>
        <translation>That hunter is not in this database.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="401"/>
        <source>Kryss av minst én læreplassjeger som skal overta.</source>
        <translation>Tick at least one hunter to take over.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="402"/>
        <source>Den som gir fra seg arbeidet, kan ikke også være mottaker.</source>
        <translation>The one handing over the work cannot also be a receiver.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="404"/>
        <source>{0} har sluttet (kontoen er deaktivert) og kan ikke overta arbeid.</source>
        <translation>{0} has left (the account is deactivated) and cannot take over work.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="405"/>
        <source>Ukjent kommune: {0}.</source>
        <translation>Unknown municipality: {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="406"/>
        <source>Det er ingen bedrifter eller åpne oppfølginger å overføre her.</source>
        <translation>There are no companies or open follow-ups to hand over here.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="407"/>
        <source>Overføringen ble avbrutt; ingenting er endret.</source>
        <translation>The handover was cancelled; nothing has changed.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="408"/>
        <source>Fant ikke overføringen.</source>
        <translation>Could not find the handover.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="409"/>
        <source>Denne overføringen er allerede angret.</source>
        <translation>This handover is already undone.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="410"/>
        <source>En angring kan ikke angres. Gjør en ny overføring i stedet.</source>
        <translation>An undo cannot be undone. Make a new handover instead.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="84"/>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="85"/>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="86"/>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="88"/>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="89"/>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="91"/>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="94"/>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="95"/>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="96"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="117"/>
        <source>Lagrede filtre …</source>
        <translation>Saved filters …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="118"/>
        <source>Lagre …</source>
        <translation>Save …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="119"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="127"/>
        <source>Lagrede filtre</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="82"/>
        <source>Bedriftsnavn, sted eller org.nr.</source>
        <translation>Company name, place or org. no.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="102"/>
        <source>&amp;Søk</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="102"/>
        <source>Læreplass&amp;jeger</source>
        <translation>H&amp;unter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="103"/>
        <source>T&amp;eam</source>
        <translation>Te&amp;am</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="103"/>
        <source>&amp;Organisasjon</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="104"/>
        <source>Fra &amp;dato</source>
        <translation>From &amp;date</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="104"/>
        <source>Ti&amp;l dato</source>
        <translation>Unt&amp;il date</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="105"/>
        <source>F&amp;ylke</source>
        <translation>Count&amp;y</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="105"/>
        <source>&amp;Kommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="106"/>
        <source>K&amp;anal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="106"/>
        <source>&amp;Utfall</source>
        <translation>Outcom&amp;e</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="107"/>
        <source>Lærefa&amp;g</source>
        <translation>Apprenticeshi&amp;p trade</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="107"/>
        <source>Ka&amp;mpanje</source>
        <translation>Campai&amp;gn</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="108"/>
        <source>Bedriftens tr&amp;inn</source>
        <translation>Compa&amp;ny stage</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="113"/>
        <source>&amp;Nullstill filtre</source>
        <translation>Reset fi&amp;lters</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="162"/>
        <source>Eks&amp;porter</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="166"/>
        <source>Til &amp;Excel (.xlsx) …</source>
        <translation>To &amp;Excel (.xlsx) …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="167"/>
        <source>Til &amp;CSV …</source>
        <translation>To &amp;CSV …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="175"/>
        <source>Åpne bedrift</source>
        <translation>Open company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="331"/>
        <source>Viser de {0} nyeste besøkene, teller alle treff …</source>
        <translation>Showing the {0} newest visits, counting all matches …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="333"/>
        <source>Ingen besøk passer med filteret.</source>
        <translation>No visits match the filter.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="335"/>
        <source>{0} besøk passer med filteret (nyeste først).</source>
        <translation>{0} visits match the filter (newest first).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="368"/>
        <source>Lagre filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="369"/>
        <source>Navn på filteret:</source>
        <translation>Name of the filter:</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="371"/>
        <source>Lagre</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="372"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="393"/>
        <source>Velg et besøk for å se detaljene.</source>
        <translation>Choose a visit to see its details.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="398"/>
        <source>Besøket finnes ikke lenger.</source>
        <translation>The visit no longer exists.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="434"/>
        <source>Besøkshistorikk</source>
        <translation>Visit history</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="439"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="439"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="440"/>
        <source>Eksporter besøk</source>
        <translation>Export visits</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="32"/>
        <source>Linje</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="32"/>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="32"/>
        <source>Innhold</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="43"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="48"/>
        <source>Disse radene ble ikke importert. Rett dem i fila og importer igjen; rader som alt er importert, blir ikke doble.</source>
        <translation>These rows were not imported. Correct them in the file and import again; rows already imported will not be doubled.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="29"/>
        <source>Besøk</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="30"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="31"/>
        <source>Videomøte</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="32"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="33"/>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="34"/>
        <source>Arrangement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="38"/>
        <source>Ikke nådd</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="39"/>
        <source>Ikke interessert</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="40"/>
        <source>Interessert, vil ha informasjon</source>
        <translation>Interested, wants information</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="41"/>
        <source>Avtalt oppfølging</source>
        <translation>Follow-up agreed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="42"/>
        <source>Vil søke godkjenning</source>
        <translation>Will apply for approval</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="43"/>
        <source>Godkjent som lærebedrift</source>
        <translation>Approved as training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="44"/>
        <source>Læreplass tilbudt</source>
        <translation>Apprenticeship offered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="45"/>
        <source>Lærekontrakt signert</source>
        <translation>Apprenticeship contract signed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="48"/>
        <source>Ingen kontakt ennå</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="51"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="52"/>
        <source>Mulig lærebedrift</source>
        <translation>Potential training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="53"/>
        <source>Godkjent, uten lærlinger</source>
        <translation>Approved, no apprentices</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="54"/>
        <source>Godkjent, med lærlinger</source>
        <translation>Approved, with apprentices</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="58"/>
        <source>Yrkesmesse / markedsdag</source>
        <translation>Careers fair / market day</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="59"/>
        <source>Næringsforeningsmøte</source>
        <translation>Business association meeting</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="60"/>
        <source>Speed-dating med elever</source>
        <translation>Speed-dating with students</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="61"/>
        <source>Annet arrangement</source>
        <translation>Other event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="65"/>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="66"/>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="67"/>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="71"/>
        <source>Ring tilbake</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="72"/>
        <source>Send materiell</source>
        <translation>Send material</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="73"/>
        <source>Nytt besøk</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="74"/>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="78"/>
        <source>læreplassjeger</source>
        <translation>hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="79"/>
        <source>ansatt</source>
        <translation>staff</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="80"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="86"/>
        <source>Målbedrifter</source>
        <translation>Target companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="87"/>
        <source>Brev registrert sendt</source>
        <translation>Letters recorded as sent</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="88"/>
        <source>Kontakter</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="89"/>
        <source>Bedrifter kontaktet</source>
        <translation>Companies contacted</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="90"/>
        <source>Interesserte bedrifter</source>
        <translation>Interested companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="91"/>
        <source>Bedrifter med avtale</source>
        <translation>Companies with an agreement</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="92"/>
        <source>Godkjente lærebedrifter</source>
        <translation>Approved training companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="93"/>
        <source>Bedrifter med læreplass tilbudt</source>
        <translation>Companies offering a place</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="94"/>
        <source>Tilbudte læreplasser (antall plasser)</source>
        <translation>Places offered (number of places)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="95"/>
        <source>Bedrifter med lærekontrakt</source>
        <translation>Companies with an apprenticeship contract</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="99"/>
        <source>Bedriftene på kampanjens målliste. Bedrifter som er tatt av lista, telles ikke.</source>
        <translation>The companies on the campaign&apos;s target list. Companies taken off the list are not counted.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="101"/>
        <source>Målbedrifter der brevet er registrert sendt.</source>
        <translation>Target companies whose letter is recorded as sent.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="102"/>
        <source>Kontakter i perioden: besøk, telefon, video, e-post, brev og arrangement (én kontakt per bedrift til stede), også forsøk uten svar. Slettede besøk telles ikke. For en kampanje: bare kontakter med målbedriftene.</source>
        <translation>Contacts in the period: visits, phone, video, e-mail, letters and events (one contact per company present), unanswered attempts included. Deleted visits are not counted. For a campaign: only contacts with its target companies.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="106"/>
        <source>Bedrifter med minst én kontakt i perioden, også forsøk uten svar. Samme tall som trinnet «Kontaktet» i trakten.</source>
        <translation>Companies with at least one contact in the period, unanswered attempts included. The same number as the funnel step “Contacted”.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="109"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Interessert, vil ha informasjon» eller et høyere trinn. Samme tall som trinnet «Interessert» i trakten.</source>
        <translation>Companies where at least one contact in the period ended with “Interested, wants information” or a higher step. The same number as the funnel step “Interested”.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="112"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Avtalt oppfølging» eller et høyere trinn, slik målene teller avtaler. Samme tall som trinnet «Avtalt oppfølging» i trakten.</source>
        <translation>Companies where at least one contact in the period ended with “Follow-up agreed” or a higher step, as goals count agreements. The same number as the funnel step “Follow-up agreed”.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="115"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Godkjent som lærebedrift» eller et høyere trinn. Samme tall som trinnet «Godkjent lærebedrift» i trakten.</source>
        <translation>Companies where at least one contact in the period ended with “Approved as training company” or a higher step. The same number as the funnel step “Approved training company”.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="118"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Læreplass tilbudt» eller «Lærekontrakt signert». Samme tall som trinnet «Læreplass tilbudt» i trakten.</source>
        <translation>Companies where at least one contact in the period ended with “Place offered” or “Contract signed”. The same number as the funnel step “Place offered”.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="121"/>
        <source>Et antall plasser, ikke bedrifter: summen av plassene som er ført på kontakter i perioden med utfallet «Læreplass tilbudt» eller «Lærekontrakt signert». Plasser ført på to kontakter telles to ganger.</source>
        <translation>A number of places, not companies: the places recorded on contacts in the period with the outcome “Place offered” or “Contract signed”. Places recorded on two contacts are counted twice.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="125"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Lærekontrakt signert». Samme tall som trinnet «Lærekontrakt signert» i trakten.</source>
        <translation>Companies where at least one contact in the period ended with “Contract signed”. The same number as the funnel step “Contract signed”.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="132"/>
        <source>Velg hvilken bedrift besøket gjelder.</source>
        <translation>Choose the company the visit was with.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="133"/>
        <source>Bedriften finnes ikke lenger i registeret ditt.</source>
        <translation>The company is no longer in your register.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="134"/>
        <source>Skriv når kontakten var.</source>
        <translation>Enter when the contact happened.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="135"/>
        <source>Tidspunktet mangler tidssone.</source>
        <translation>The time has no time zone.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="136"/>
        <source>Tidspunktet er fram i tid. Et besøk som er planlagt, legges inn som neste steg.</source>
        <translation>The time is in the future. A planned visit is entered as a next step.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="139"/>
        <source>Tidspunktet er for langt tilbake i tid.</source>
        <translation>The time is too far in the past.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="140"/>
        <source>Velg hvordan kontakten skjedde.</source>
        <translation>Choose how the contact happened.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="141"/>
        <source>Velg utfallet av kontakten.</source>
        <translation>Choose the outcome of the contact.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="142"/>
        <source>Skriv hvilket fag plassen gjelder.</source>
        <translation>Enter the trade of the place.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="143"/>
        <source>Antall plasser må være mellom 1 og 100.</source>
        <translation>The number of places must be between 1 and 100.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="144"/>
        <source>Tilbudte plasser krever utfallet «Læreplass tilbudt» eller høyere.</source>
        <translation>Places offered need the outcome “Apprenticeship offered” or higher.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="147"/>
        <source>«Læreplass tilbudt» krever minst én læreplass: skriv fag og antall plasser.</source>
        <translation>“Place offered” needs at least one place: enter the trade and the number of places.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="150"/>
        <source>Et arrangement kan ikke ha utfallet «Læreplass tilbudt». Registrer tilbudet som et eget besøk hos bedriften, med fag og antall plasser.</source>
        <translation>An event cannot have the outcome “Place offered”. Record the offer as a separate visit to the company, with the trade and number of places.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="154"/>
        <source>Skriv hva neste steg er, eller fjern datoen.</source>
        <translation>Enter what the next step is, or remove the date.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="155"/>
        <source>Velg en dato for neste steg.</source>
        <translation>Choose a date for the next step.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="156"/>
        <source>Neste steg kan ikke være før selve kontakten.</source>
        <translation>The next step cannot be before the contact itself.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="157"/>
        <source>Datoen for neste steg har allerede vært. Velg i dag eller senere.</source>
        <translation>The date of the next step has passed. Choose today or later.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="160"/>
        <source>Arrangementet finnes ikke lenger (det er slettet).</source>
        <translation>The event no longer exists (it was deleted).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="161"/>
        <source>Bare den som registrerte arrangementet, kan endre det.</source>
        <translation>Only the person who recorded the event can change it.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="162"/>
        <source>Gi arrangementet et navn.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="163"/>
        <source>Legg til minst én bedrift som var til stede.</source>
        <translation>Add at least one company that was there.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="164"/>
        <source>Skriv bedriftens navn.</source>
        <translation>Enter the company&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="165"/>
        <source>Organisasjonsnummeret er tomt.</source>
        <translation>The organisation number is empty.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="166"/>
        <source>Organisasjonsnummeret kan bare inneholde sifre.</source>
        <translation>The organisation number can only contain digits.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="167"/>
        <source>Organisasjonsnummeret må ha 9 sifre.</source>
        <translation>The organisation number must have 9 digits.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="168"/>
        <source>Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk at det er skrevet riktig.</source>
        <translation>The organisation number is not valid (the check digit is wrong). Check that it is typed correctly.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="173"/>
        <source>Det finnes allerede en bedrift med dette organisasjonsnummeret.</source>
        <translation>There is already a company with this organisation number.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="176"/>
        <source>Ukjent kommune. Skriv kommunenummeret eller ett av kommunens navn.</source>
        <translation>Unknown municipality. Type its number or one of its names.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="179"/>
        <source>Flere kommuner har dette navnet. Velg en fra listen, eller skriv kommunenummeret.</source>
        <translation>More than one municipality has this name. Choose one from the list, or type its number.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="187"/>
        <source>Teksten er for lang: høyst {limit} tegn.</source>
        <translation>The text is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="188"/>
        <source>Denne verdien er ikke tillatt her.</source>
        <translation>This value is not allowed here.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="189"/>
        <source>Denne personen har sluttet og kan ikke få nye oppgaver. Velg en annen.</source>
        <translation>This person has left and cannot be given new work. Choose someone else.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="196"/>
        <source>Skriv en dato, f.eks. 15.03.2026 eller «i dag».</source>
        <translation>Type a date, e.g. 15.03.2026 or “today”.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="197"/>
        <source>«{text}» er ikke en dato. Skriv f.eks. 15.3, 15.03.2026, «i går» eller «fredag».</source>
        <translation>“{text}” is not a date. Type e.g. 15.3, 15.03.2026, “yesterday” or “friday”.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="206"/>
        <source>«{text}» er verken en dato eller et klokkeslett. Skriv f.eks. 15.3 for en dato eller 10:30 for et klokkeslett.</source>
        <translation>“{text}” is neither a date nor a time. Type e.g. 15.3 for a date or 10:30 for a time.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="199"/>
        <source>«{text}» er ikke en dato: måneden går fra 1 til 12.</source>
        <translation>“{text}” is not a date: months go from 1 to 12.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="200"/>
        <source>«{text}» er ikke en dato: den dagen finnes ikke i kalenderen.</source>
        <translation>“{text}” is not a date: that day is not in the calendar.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="202"/>
        <source>«{text}» er ikke et klokkeslett. Skriv f.eks. 10:30 eller kl. 10.</source>
        <translation>“{text}” is not a time. Type e.g. 10:30 or 10.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="204"/>
        <source>«{text}» er ikke et klokkeslett: timene går til 23 og minuttene til 59.</source>
        <translation>“{text}” is not a time: hours go up to 23 and minutes up to 59.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="182"/>
        <source>Skriv navnet på kontaktpersonen.</source>
        <translation>Enter the contact person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="183"/>
        <source>Telefonnummeret ser ikke riktig ut.</source>
        <translation>The phone number does not look right.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="184"/>
        <source>E-postadressen ser ikke riktig ut.</source>
        <translation>The email address does not look right.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="185"/>
        <source>Kontaktpersonen finnes ikke lenger.</source>
        <translation>The contact person no longer exists.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="186"/>
        <source>Notatet er tomt.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="191"/>
        <source>Bare den som registrerte besøket, kan rette det.</source>
        <translation>Only the person who recorded the visit can correct it.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="192"/>
        <source>Datoen har allerede vært. Velg i dag eller senere.</source>
        <translation>That date has passed. Choose today or later.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="193"/>
        <source>Oppfølgingen er ikke åpen lenger.</source>
        <translation>The follow-up is no longer open.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="194"/>
        <source>Oppfølgingen finnes ikke lenger.</source>
        <translation>The follow-up no longer exists.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="110"/>
        <source>Brev: {0}</source>
        <translation>Letters: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="116"/>
        <source>&amp;Ny mal</source>
        <translation>&amp;New template</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="117"/>
        <source>&amp;Lagre malen</source>
        <translation>&amp;Save template</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="121"/>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="122"/>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="134"/>
        <source>Enter eller dobbeltklikk setter flettefeltet inn i teksten</source>
        <translation>Enter or double-click inserts the field into the text</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="141"/>
        <source>F.eks. https://okn.no/laerling</source>
        <translation>E.g. https://okn.no/laerling</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="147"/>
        <source>&amp;Mal</source>
        <translation>Te&amp;mplate</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="154"/>
        <source>Navn &amp;på malen</source>
        <translation>Name of th&amp;e template</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="154"/>
        <source>M&amp;ålform</source>
        <translation>Lang&amp;uage form</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="155"/>
        <source>&amp;Emne</source>
        <translation>Su&amp;bject</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="155"/>
        <source>&amp;Tekst</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="156"/>
        <source>&amp;Flettefelt</source>
        <translation>Merge f&amp;ields</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="162"/>
        <source>&amp;Organisasjon</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="163"/>
        <source>&amp;Adresse for interessemelding</source>
        <translation>&amp;Address for registering interest</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="164"/>
        <source>Avsender når bedriften ikke har jeger</source>
        <translation>Sender when the company has no hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="165"/>
        <source>Telefon når jegeren ikke har oppgitt</source>
        <translation>Phone when the hunter has given none</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="166"/>
        <source>E-post når jegeren ikke har oppgitt</source>
        <translation>E-mail when the hunter has given none</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="170"/>
        <source>Avsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="180"/>
        <source>Læreplassjeger</source>
        <translation>Apprenticeship hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="180"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="181"/>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="181"/>
        <source>Bedrifter</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="185"/>
        <source>Telefon og e-post som brevene oppgir for hver jeger. Endringer lagres når du går ut av cellen.</source>
        <translation>Phone and e-mail the letters give for each hunter. Changes are saved when you leave the cell.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="199"/>
        <source>Brevmal</source>
        <translation>Letter template</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="200"/>
        <source>Jegernes kontaktinfo</source>
        <translation>Hunters&apos; contact details</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="207"/>
        <source>For&amp;håndsvisning for</source>
        <translation>&amp;Preview for</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="219"/>
        <source>Utskr&amp;ift: én PDF for vinduskonvolutt</source>
        <translation>Print: one PDF for &amp;window envelopes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="220"/>
        <source>PDF per &amp;bedrift</source>
        <translation>PDF per &amp;company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="221"/>
        <source>E-post&amp;utkast (.eml)</source>
        <translation>E-mail &amp;drafts (.eml)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="222"/>
        <source>&amp;CSV til postutsending</source>
        <translation>CSV for a mailin&amp;g service</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="231"/>
        <source>&amp;Velg mappe …</source>
        <translation>C&amp;hoose folder …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="232"/>
        <source>Marker målbedriftene som har fått brev som «brev sendt»</source>
        <translation>Mark the target companies that got a letter as “letter sent”</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="234"/>
        <source>Tosidi&amp;g utskrift</source>
        <translation>Double-sided printin&amp;g</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="237"/>
        <source>Brev med et oddetall sider får en tom side til slutt, så hvert brev begynner på forsiden av et ark og ikke på baksiden av et annet brev</source>
        <translation>A letter with an odd number of pages gets a blank page at the end, so that every letter starts on the front of a sheet and not on the back of another letter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="240"/>
        <source>Lag b&amp;revene</source>
        <translation>Make the lette&amp;rs</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="242"/>
        <source>Avbr&amp;yt</source>
        <translation>Cance&amp;l</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="245"/>
        <source>Lag brevene li&amp;kevel</source>
        <translation>Make the letters &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="265"/>
        <source>Brev&amp;dato</source>
        <translation>Letter da&amp;te</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="269"/>
        <source>Lagre&amp;s i</source>
        <translation>Sa&amp;ved in</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="288"/>
        <source>Lag brev til målbedriftene</source>
        <translation>Make letters to the target companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="344"/>
        <source>Bedriftens navn</source>
        <translation>The company&apos;s name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="345"/>
        <source>Organisasjonsnummeret</source>
        <translation>The organisation number</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="346"/>
        <source>Postadressen på én linje</source>
        <translation>The postal address on one line</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="347"/>
        <source>Kommunen</source>
        <translation>The municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="349"/>
        <source>Kontaktpersonen, ellers daglig leder når vi kjenner navnet, ellers «daglig leder»</source>
        <translation>The contact person, else the general manager when the name is known, else “daglig leder”</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="350"/>
        <source>Lærefagene som passer bedriftens næringskode</source>
        <translation>The trades that fit the company&apos;s industry code</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="351"/>
        <source>Navnet på bedriftens læreplassjeger</source>
        <translation>The name of the company&apos;s apprenticeship hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="352"/>
        <source>Læreplassjegerens telefon</source>
        <translation>The hunter&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="353"/>
        <source>Læreplassjegerens e-post</source>
        <translation>The hunter&apos;s e-mail</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="354"/>
        <source>Organisasjonen som sender brevet</source>
        <translation>The organisation sending the letter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="355"/>
        <source>Adressen der bedriften melder interesse</source>
        <translation>The address where the company registers its interest</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="356"/>
        <source>Bedriftens svarkode (oppgis når den melder interesse)</source>
        <translation>The company&apos;s reply code (given when it registers interest)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="357"/>
        <source>Brevets dato</source>
        <translation>The letter&apos;s date</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="375"/>
        <source>Henter maler og målbedrifter …</source>
        <translation>Reading templates and target companies …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="399"/>
        <source>Malene og målbedriftene kunne ikke leses: {0}</source>
        <translation>The templates and target companies could not be read: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="434"/>
        <source>Ny mal</source>
        <translation>New template</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="447"/>
        <source>Malen «{0}» er lagret.</source>
        <translation>The template “{0}” is saved.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="464"/>
        <source>Malen må ha et navn.</source>
        <translation>The template needs a name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="465"/>
        <source>En annen mal har alt dette navnet.</source>
        <translation>Another template already has this name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="466"/>
        <source>Kampanjen finnes ikke lenger.</source>
        <translation>The campaign no longer exists.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="471"/>
        <source>emnet</source>
        <translation>the subject</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="471"/>
        <source>teksten</source>
        <translation>the text</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="474"/>
        <source>{0}, linje {1}</source>
        <translation>{0}, line {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="476"/>
        <source>Ukjent flettefelt {0} i {1}.</source>
        <translation>Unknown merge field {0} in {1}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="478"/>
        <source>Krøllparentes uten make i {0}: skriv {{{{ og }}}} for en vanlig krøllparentes.</source>
        <translation>Unmatched brace in {0}: write {{{{ and }}}} for a plain brace.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="481"/>
        <source>Både emne og tekst må fylles ut.</source>
        <translation>Both subject and text must be filled in.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="483"/>
        <source>Flettefeltene som finnes: {0}.</source>
        <translation>The merge fields there are: {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="511"/>
        <source>ikke aktiv, får ikke brev</source>
        <translation>not active, gets no letter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="518"/>
        <source>konkurs registrert</source>
        <translation>bankruptcy registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="519"/>
        <source>tvangsavvikling registrert</source>
        <translation>compulsory dissolution registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="520"/>
        <source>avvikling registrert</source>
        <translation>liquidation registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="521"/>
        <source>slettet fra Enhetsregisteret</source>
        <translation>deleted from the Central Coordinating Register</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="543"/>
        <source>&lt;p&gt;Kampanjen har ingen målbedrifter å vise brevet for.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The campaign has no target companies to show the letter for.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="560"/>
        <source>Forhåndsvisningen kunne ikke lages: {0}</source>
        <translation>The preview could not be made: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="580"/>
        <source>Bedriften er ikke lenger aktiv i Enhetsregisteret ({0}): den får ikke brev, og står i fila ikke-sendt.</source>
        <translation>The company is no longer active in the Central Coordinating Register ({0}): it gets no letter, and is listed in the ikke-sendt file.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="575"/>
        <source>Tomt i dette brevet: {0}. Fyll inn avsender og jegernes kontaktinfo før brevene lages.</source>
        <translation>Empty in this letter: {0}. Fill in the sender and the hunters’ contact details before making the letters.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="594"/>
        <source>Bedriften har ingen brukbar postadresse: den får ikke brev i posten.</source>
        <translation>The company has no usable postal address: it gets no letter by post.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="596"/>
        <source>Svarkode: {0}</source>
        <translation>Reply code: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="617"/>
        <source>(ukjent bruker)</source>
        <translation>(unknown user)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="636"/>
        <source>Lagret for {0}.</source>
        <translation>Saved for {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="648"/>
        <source>Mappe for brevene</source>
        <translation>Folder for the letters</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="661"/>
        <source>Velg minst én utskrift: PDF, e-post eller CSV.</source>
        <translation>Choose at least one output: PDF, e-mail or CSV.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="664"/>
        <source>Velg en mappe brevene skal lagres i.</source>
        <translation>Choose a folder to save the letters in.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="685"/>
        <source>Lager brevene …</source>
        <translation>Making the letters …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="694"/>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="703"/>
        <source>Leser målbedriftene</source>
        <translation>Reading the target companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="704"/>
        <source>Utskrifts-PDF</source>
        <translation>Print PDF</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="705"/>
        <source>PDF per bedrift</source>
        <translation>PDF per company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="706"/>
        <source>E-postutkast</source>
        <translation>E-mail drafts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="707"/>
        <source>CSV til postutsending</source>
        <translation>CSV for a mailing service</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="708"/>
        <source>Markerer brev sendt</source>
        <translation>Marking letters sent</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="729"/>
        <source>Ingen brev er laget: {0}. Fyll inn avsender og jegernes kontaktinfo og lag brevene, eller lag dem likevel med tomme felt.</source>
        <translation>No letters were made: {0}. Fill in the sender and the hunters’ contact details and make the letters, or make them anyway with empty fields.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="736"/>
        <source>Avbrutt. Ingen filer er lagret, og ingen bedrifter er merket.</source>
        <translation>Cancelled. No files are saved and no companies are marked.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="738"/>
        <source>Ferdig: {0} brev ({1} sider) til utskrift, {2} PDF-er per bedrift, {3} e-postutkast, {4} rader til postutsending. Lagret i {5}.</source>
        <translation>Done: {0} letters ({1} pages) to print, {2} PDFs per company, {3} e-mail drafts, {4} rows for the mailing service. Saved in {5}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="743"/>
        <source>{0} av sidene er tomme baksider, for tosidig utskrift.</source>
        <translation>{0} of the pages are blank backs, for double-sided printing.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="746"/>
        <source>Med tomme felt: {0}.</source>
        <translation>With empty fields: {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="748"/>
        <source>Merket brev sendt: {0} i posten, {1} på e-post.</source>
        <translation>Marked letter sent: {0} by post, {1} by e-mail.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="756"/>
        <source>{0} i %n brev</source>
        <translation>
            <numerusform>{0} in %n letter</numerusform>
            <numerusform>{0} in %n letters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="757"/>
        <source>tomt flettefelt: {0}</source>
        <translation>empty merge field: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="761"/>
        <source>mangler postadresse (fikk e-post)</source>
        <translation>no postal address (got an e-mail)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="762"/>
        <source>mangler e-postadresse (fikk brev i posten)</source>
        <translation>no e-mail address (got a letter by post)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="763"/>
        <source>mangler både postadresse og e-post: fikk ikke brev</source>
        <translation>neither postal address nor e-mail: got no letter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="774"/>
        <source>ikke lenger aktiv i Enhetsregisteret ({0}): fikk ikke brev</source>
        <translation>no longer active in the Central Coordinating Register ({0}): got no letter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="782"/>
        <source>{0} bedrifter er ikke lenger aktive i Enhetsregisteret (konkurs, avvikling eller slettet) og fikk ikke brev; de står i lista under og i fila ikke-sendt.</source>
        <translation>{0} companies are no longer active in the Central Coordinating Register (bankrupt, dissolved or deleted) and got no letter; they are in the list below and in the ikke-sendt file.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="786"/>
        <source>{0} bedrifter mangler adresse for noe av det du valgte; de står i lista under og i fila uten-adresse.</source>
        <translation>{0} companies lack an address for some of what you chose; they are in the list below and in the file uten-adresse.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="794"/>
        <source>Brevene ble ikke laget: {0}</source>
        <translation>The letters were not made: {0}</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="47"/>
        <source>Logg inn på server</source>
        <translation>Log in to the server</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="51"/>
        <source>f.eks. https://lpj.okn.no</source>
        <translation>e.g. https://lpj.okn.no</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="60"/>
        <source>Logger inn …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="64"/>
        <source>&amp;Serveradresse</source>
        <translation>&amp;Server address</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="65"/>
        <source>&amp;Brukernavn</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="66"/>
        <source>&amp;Passord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="67"/>
        <source>Logg inn</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="85"/>
        <source>Skriv hele serveradressen, med https:// foran.</source>
        <translation>Type the whole server address, starting with https://.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="87"/>
        <source>Skriv brukernavnet ditt.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="89"/>
        <source>Skriv passordet ditt.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="131"/>
        <source>Innloggingen mislyktes.</source>
        <translation>The login failed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="99"/>
        <source>Læreplassjeger – eksempeldata</source>
        <translation>Læreplassjeger – sample data</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="100"/>
        <source>Læreplassjeger</source>
        <translation>Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="121"/>
        <source>Fortsett på utkastet</source>
        <translation>Continue the draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="123"/>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="133"/>
        <source>Eksempeldata: oppdiktede besøk i en egen database. Ingenting her synkroniseres. Fil → «Bytt til din egen database» når du vil begynne for alvor.</source>
        <translation>Sample data: made-up visits in a database of its own. Nothing here is synced. File → “Switch to your own database” when you want to start for real.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="156"/>
        <source>Ikke koblet til server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="173"/>
        <source>Bedrifter</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="174"/>
        <source>Bedrift</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="175"/>
        <source>Oppfølging</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="176"/>
        <source>Mine mål</source>
        <translation>My goals</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="348"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="368"/>
        <source>&amp;Registrer</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="349"/>
        <source>&amp;Ny bedrift…</source>
        <translation>&amp;New company…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="177"/>
        <source>Arrangementer</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="351"/>
        <source>&amp;Importer fra Enhetsregisteret…</source>
        <translation>&amp;Import from Enhetsregisteret…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="354"/>
        <source>&amp;Bytt til din egen database</source>
        <translation>&amp;Switch to your own database</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="358"/>
        <source>&amp;Prøv med eksempeldata</source>
        <translation>&amp;Try with sample data</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="361"/>
        <source>&amp;Start med en ny, tom database…</source>
        <translation>&amp;Start with a new, empty database…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="365"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="369"/>
        <source>Nytt &amp;besøk…</source>
        <translation>New &amp;visit…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="372"/>
        <source>Nytt &amp;arrangement…</source>
        <translation>New &amp;event…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="374"/>
        <source>Nytt &amp;notat…</source>
        <translation>New &amp;note…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="376"/>
        <source>Legg &amp;ved filer…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="379"/>
        <source>&amp;Søk etter bedrift</source>
        <translation>&amp;Search for a company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="382"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="383"/>
        <source>Verk&amp;tøy</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="385"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="395"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="396"/>
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="397"/>
        <location filename="../../lpj_desktop/ui/main_window.py" line="434"/>
        <source>Om Læreplassjeger</source>
        <translation>About Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="416"/>
        <source>På denne siden</source>
        <translation>On this page</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="416"/>
        <source>Andre hurtigtaster</source>
        <translation>Other shortcuts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="435"/>
        <source>Læreplassjeger {0}
Datamappe: {1}</source>
        <translation>Læreplassjeger {0}
Data folder: {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="440"/>
        <source>Språket endres neste gang du starter appen.</source>
        <translation>The language changes the next time you start the app.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="451"/>
        <source>Åpne en bedrift først; filene legges ved den (eller et besøk på den).</source>
        <translation>Open a company first; the files are attached to it (or to one of its visits).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="555"/>
        <source>Besøket er lagret.</source>
        <translation>The visit is saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/main_window.py" line="593"/>
        <source>Arrangementet er lagret for %n bedrift(er).</source>
        <translation>
            <numerusform>The event is saved for %n company.</numerusform>
            <numerusform>The event is saved for %n companies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="622"/>
        <source>ukjent bedrift</source>
        <translation>unknown company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="623"/>
        <source>Du har et besøk som ikke er lagret ({0}, skrevet {1}).</source>
        <translation>You have a visit that is not saved ({0}, written {1}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/main_window.py" line="625"/>
        <source>%n utkast til venter etter dette.</source>
        <translation>
            <numerusform>%n more draft waits after this one.</numerusform>
            <numerusform>%n more drafts wait after this one.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="684"/>
        <source>Lukke uten å lagre?</source>
        <translation>Close without saving?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="685"/>
        <source>Endringene på bedriften er ikke lagret: {0}

Lukke likevel?</source>
        <translation>The changes to the company are not saved: {0}

Close anyway?</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="178"/>
        <source>Flytt oppfølging</source>
        <translation>Move follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="183"/>
        <source>Flytt</source>
        <translation>Move</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="187"/>
        <source>Ny frist:</source>
        <translation>New due date:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="653"/>
        <source>Nytt notat</source>
        <translation>New note</translation>
    </message>
</context>
<context>
    <name>PlaceRow</name>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="56"/>
        <source>Fag</source>
        <translation>Trade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="80"/>
        <source>%n plass(er)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="65"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="21"/>
        <source>Teksten ser ut til å inneholde et fødselsnummer ({0}).</source>
        <translation>The text seems to contain a national identity number ({0}).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="27"/>
        <source>Teksten nevner noe som kan være helseopplysninger ({0}).</source>
        <translation>The text mentions what may be health details ({0}).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="34"/>
        <source>Slike opplysninger om personer skal ikke lagres her. Rett teksten, eller lagre på nytt for å lagre likevel.</source>
        <translation>Such details about people must not be stored here. Correct the text, or save again to save anyway.</translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="35"/>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="83"/>
        <source>Vedlegg</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="49"/>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="91"/>
        <source>Ingen vedlegg ennå.</source>
        <translation>No attachments yet.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="51"/>
        <source>Legg ved …</source>
        <translation>Attach …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="83"/>
        <source>Vedlegg ({0})</source>
        <translation>Attachments ({0})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="89"/>
        <source>Legg ved bilder eller dokumenter ({0}). Du kan også dra filer hit, eller lime inn et bilde med Ctrl+V.</source>
        <translation>Attach pictures or documents ({0}). You can also drag files here, or paste a picture with Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="131"/>
        <source>Utklippstavlen har ikke noe bilde eller noen fil å legge ved.</source>
        <translation>The clipboard holds no picture or file to attach.</translation>
    </message>
</context>
<context>
    <name>RefusalReport</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/refusals.py" line="34"/>
        <source>«{0}»: {1}</source>
        <translation>“{0}”: {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/refusals.py" line="36"/>
        <source>… og {0} til.</source>
        <translation>… and {0} more.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/refusals.py" line="37"/>
        <source>Ikke lagt ved</source>
        <translation>Not attached</translation>
    </message>
</context>
<context>
    <name>RejectionsPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="273"/>
        <source>Avviste endringer</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="276"/>
        <source>Serveren tok ikke imot disse endringene. De andre endringene dine er sendt som vanlig. Rett opp og send på nytt, eller forkast endringen.</source>
        <translation>The server did not accept these changes. Your other changes were sent as usual. Fix and send again, or discard the change.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="279"/>
        <source>Ingen avviste endringer.</source>
        <translation>No refused changes.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="281"/>
        <source>Når</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="281"/>
        <source>Endring</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="281"/>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="281"/>
        <source>Grunn</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="287"/>
        <source>Åpne for å rette</source>
        <translation>Open to fix</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="289"/>
        <source>Send på &amp;nytt</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="291"/>
        <source>&amp;Forkast …</source>
        <translation>&amp;Discard …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="362"/>
        <source>Grunn: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="366"/>
        <source>Dette kan ikke rettes her; forkast endringen.</source>
        <translation>This cannot be fixed here; discard the change.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="367"/>
        <source>Endringen var: {0}</source>
        <translation>The change was: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="392"/>
        <source>«{0}» kom aldri fram til serveren og blir fjernet fra denne maskinen.</source>
        <translation>“{0}” never reached the server and will be removed from this machine.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="393"/>
        <source>Feltene i «{0}» får tilbake verdiene serveren har.</source>
        <translation>The fields of “{0}” get back the values the server has.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="394"/>
        <source>«{0}» blir ikke slettet likevel og vises igjen.</source>
        <translation>“{0}” will not be deleted after all and shows again.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="395"/>
        <source>Konflikten om «{0}» blir åpen igjen, så du kan velge på nytt.</source>
        <translation>The conflict about “{0}” opens again, so you can choose again.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="397"/>
        <source>Forkast endringen?</source>
        <translation>Discard the change?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="415"/>
        <source>Andre oppføringer (%n) peker på denne. Forkast dem først, eller rett den og send på nytt.</source>
        <translation>
            <numerusform>%n other record points at this one. Discard it first, or fix this one and send it again.</numerusform>
            <numerusform>%n other records point at this one. Discard them first, or fix this one and send it again.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="418"/>
        <source>Oppføringen finnes ikke lenger på denne maskinen; endringen kan bare forkastes.</source>
        <translation>The record no longer exists on this machine; the change can only be discarded.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="420"/>
        <source>Endringen er ikke avvist lenger.</source>
        <translation>The change is no longer refused.</translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../../lpj_desktop/ui/shortcut_help.py" line="23"/>
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="40"/>
        <source>Søk etter bedrift</source>
        <translation>Search for a company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="41"/>
        <source>Nytt besøk (for bedriften som er åpen; et besøk du ikke lagret, kommer tilbake)</source>
        <translation>New visit (for the open company; a visit you did not save comes back)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="43"/>
        <source>Nytt arrangement med mange bedrifter</source>
        <translation>New event with many companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="45"/>
        <source>Nytt notat på bedriften som er åpen</source>
        <translation>New note on the open company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="47"/>
        <source>Ny bedrift (ikke i registeret)</source>
        <translation>New company (not in the register)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="49"/>
        <source>Bedrifter</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="50"/>
        <source>Bedriften som er åpen</source>
        <translation>The open company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="51"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="52"/>
        <source>Mine mål</source>
        <translation>My goals</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="53"/>
        <source>Arrangementer (med vedleggene deres)</source>
        <translation>Events (with their attachments)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="55"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="56"/>
        <source>Avviste endringer</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="57"/>
        <source>Besøkshistorikk (ansatte)</source>
        <translation>Visit history (staff)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="59"/>
        <source>Kampanjer (ansatte)</source>
        <translation>Campaigns (staff)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="61"/>
        <source>Tall og diagrammer (ansatte)</source>
        <translation>Figures and charts (staff)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="63"/>
        <source>Produksjonsmål (ansatte)</source>
        <translation>Goals (staff)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="65"/>
        <source>Overføre arbeid fra en læreplassjeger til andre (ansatte)</source>
        <translation>Hand over work from one hunter to others (staff)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="67"/>
        <source>Legg ved filer på bedriften som er åpen (eller besøket som er valgt) eller arrangementet</source>
        <translation>Attach files to the open company (or the chosen visit) or the event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="70"/>
        <source>Synkroniser nå</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="71"/>
        <source>Denne oversikten</source>
        <translation>This overview</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="72"/>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="73"/>
        <source>Lagre skjemaet (besøk, arrangement, notat, bedrift, kontaktperson …)</source>
        <translation>Save the form (visit, event, note, company, contact person …)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="75"/>
        <source>Lukk skjemaet (det du har skrevet, tas vare på som utkast)</source>
        <translation>Close the form (what you typed is kept as a draft)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="77"/>
        <source>Til neste felt i skjemaet</source>
        <translation>To the next field of the form</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="78"/>
        <source>Fra søket ned i listen</source>
        <translation>From the search down into the list</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="79"/>
        <source>Åpne bedriften, besøket eller oppfølgingen som er valgt</source>
        <translation>Open the chosen company, visit or follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="81"/>
        <source>Merk oppfølgingen som utført</source>
        <translation>Mark the follow-up as done</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="82"/>
        <source>Lim inn et bilde som vedlegg (i historikken og vedleggene til en bedrift)</source>
        <translation>Paste a picture as an attachment (in a company&apos;s history and attachments)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="84"/>
        <source>Forrige vedlegg</source>
        <translation>Previous attachment</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="86"/>
        <source>Neste vedlegg</source>
        <translation>Next attachment</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="87"/>
        <source>Åpne vedlegget i maskinens eget program</source>
        <translation>Open the attachment in the computer&apos;s own program</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="89"/>
        <source>Lagre en kopi av vedlegget</source>
        <translation>Save a copy of the attachment</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="91"/>
        <source>Fjern vedlegget (bare ditt eget)</source>
        <translation>Remove the attachment (only your own)</translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="30"/>
        <source>Læreplass tilbudt</source>
        <translation>Place offered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="31"/>
        <source>Lærekontrakt signert</source>
        <translation>Apprenticeship contract signed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="23"/>
        <source>Målbedrifter</source>
        <translation>Target companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="24"/>
        <source>Kontaktet</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="25"/>
        <source>Nådd</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="26"/>
        <source>Interessert</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="27"/>
        <source>Avtalt oppfølging</source>
        <translation>Follow-up agreed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="28"/>
        <source>Søker godkjenning</source>
        <translation>Applying for approval</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="29"/>
        <source>Godkjent lærebedrift</source>
        <translation>Approved training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="49"/>
        <source>Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke).</source>
        <translation>The organisation number is not valid (the check digit does not match).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="51"/>
        <source>Organisasjonsnummeret skal bare ha sifre.</source>
        <translation>The organisation number must have digits only.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="52"/>
        <source>Organisasjonsnummeret skal ha 9 sifre.</source>
        <translation>The organisation number must have 9 digits.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="54"/>
        <source>Organisasjonsnummeret mangler.</source>
        <translation>The organisation number is missing.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="58"/>
        <source>Tom linje.</source>
        <translation>Empty line.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="62"/>
        <source>Samme bedrift og kontakt står tidligere i fila.</source>
        <translation>The same company and contact appear earlier in the file.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="63"/>
        <source>Bedriften finnes ikke i registeret ditt. Importer Enhetsregisteret eller legg den til for hånd.</source>
        <translation>The company is not in your register. Import the Central Coordinating Register or add it by hand.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="65"/>
        <source>Verken organisasjonsnummer eller bedriftsnavn er fylt ut.</source>
        <translation>Neither organisation number nor company name is filled in.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="67"/>
        <source>Flere bedrifter har dette navnet; oppgi organisasjonsnummer.</source>
        <translation>Several companies have this name; give the organisation number.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="69"/>
        <source>Bedriften finnes allerede.</source>
        <translation>The company already exists.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="70"/>
        <source>Bedriftsnavnet mangler.</source>
        <translation>The company name is missing.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="71"/>
        <source>E-postadressen er ikke gyldig.</source>
        <translation>The email address is not valid.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="72"/>
        <source>Telefonnummeret har for få sifre.</source>
        <translation>The phone number has too few digits.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="73"/>
        <source>Verken e-post eller telefon er oppgitt.</source>
        <translation>Neither email nor phone is given.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="74"/>
        <source>Raden inneholder et fødselsnummer. Slike opplysninger skal ikke lagres.</source>
        <translation>The row contains a national identity number. Such data must not be stored.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="76"/>
        <source>Ingen læreplassjeger å gi oppfølgingen til: velg en jeger for importen.</source>
        <translation>No hunter to assign the follow-up to: choose a hunter for the import.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="78"/>
        <source>Lærefag mangler.</source>
        <translation>The trade is missing.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="79"/>
        <source>Antall lærlinger kan ikke knyttes til hvert fag.</source>
        <translation>The apprentice counts cannot be matched to each trade.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="81"/>
        <source>Antall lærlinger er ikke et tall.</source>
        <translation>The number of apprentices is not a number.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="82"/>
        <source>Skriv et navn.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="83"/>
        <source>Sluttdatoen er før startdatoen.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="84"/>
        <source>Tallet kan ikke være negativt.</source>
        <translation>The number cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="85"/>
        <source>Velg en jeger eller et team.</source>
        <translation>Choose a hunter or a team.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="86"/>
        <source>Sett minst ett mål over null.</source>
        <translation>Set at least one goal above zero.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="87"/>
        <source>Fila mangler nødvendige kolonner:</source>
        <translation>The file lacks required columns:</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="88"/>
        <source>Fila kan ikke leses.</source>
        <translation>The file cannot be read.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="39"/>
        <source>Denne siden er bare for ansatte i opplæringskontoret eller fylket. Kontoen din har rollen læreplassjeger.</source>
        <translation>This page is only for staff of the training office or the county. Your account has the hunter role.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="75"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="112"/>
        <source>Det gikk ikke</source>
        <translation>That did not work</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="113"/>
        <source>Arbeidet stoppet: {0}</source>
        <translation>The work stopped: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="122"/>
        <source>Lager {0} …</source>
        <translation>Making {0} …</translation>
    </message>
</context>
<context>
    <name>StaffPages</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="62"/>
        <source>Besøkshistorikk</source>
        <translation>Visit history</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="63"/>
        <source>Kampanjer</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="64"/>
        <source>Tall og diagrammer</source>
        <translation>Figures and charts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="65"/>
        <source>Produksjonsmål</source>
        <translation>Production goals</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="66"/>
        <source>Overføre arbeid</source>
        <translation>Hand over work</translation>
    </message>
</context>
<context>
    <name>StoreWrites</name>
    <message>
        <location filename="../../lpj_desktop/ui/store_writes.py" line="32"/>
        <source>Synkroniseringen skriver akkurat nå; lagres av seg selv om et øyeblikk.</source>
        <translation>The sync is writing right now; this will be saved by itself in a moment.</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="72"/>
        <source>Du er ikke logget inn på serveren. Logg inn for å synkronisere.</source>
        <translation>You are not logged in to the server. Log in to sync.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="74"/>
        <source>Denne versjonen av appen er for gammel for serveren. Oppdater appen; endringene dine er tatt vare på og sendes etter oppdateringen.</source>
        <translation>This version of the app is too old for the server. Update the app; your changes are kept and will be sent after the update.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="48"/>
        <source>«{url}» er ikke en serveradresse (den skal begynne med https://).</source>
        <translation>“{url}” is not a server address (it should start with https://).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="50"/>
        <source>Fikk ikke kontakt med serveren. Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation>Could not reach the server. Your changes are saved on this computer and will be sent the next time there is a network.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="53"/>
        <source>Fikk ikke kontakt med serveren (ingen forbindelse). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation>Could not reach the server (no connection). Your changes are saved on this computer and will be sent the next time there is a network.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="56"/>
        <source>Fikk ikke kontakt med serveren (serveren svarte ikke i tide). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation>Could not reach the server (the server did not answer in time). Your changes are saved on this computer and will be sent the next time there is a network.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="59"/>
        <source>Fikk ikke kontakt med serveren (forbindelsen ble brutt underveis). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation>Could not reach the server (the connection was cut off). Your changes are saved on this computer and will be sent the next time there is a network.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="62"/>
        <source>Fikk ikke kontakt med serveren (serveren er ikke tilgjengelig, HTTP {status}). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation>Could not reach the server (the server is not available, HTTP {status}). Your changes are saved on this computer and will be sent the next time there is a network.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="65"/>
        <source>Fikk ikke kontakt med serveren (serveren svarer for sakte). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation>Could not reach the server (the server answers too slowly). Your changes are saved on this computer and will be sent the next time there is a network.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="68"/>
        <source>Serverens sertifikat kunne ikke kontrolleres ({detail}).</source>
        <translation>The server&apos;s certificate could not be verified ({detail}).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="70"/>
        <source>Forespørselen til serveren mislyktes: {detail}</source>
        <translation>The request to the server failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="77"/>
        <source>Serveren er eldre enn denne versjonen av appen og forstår den ikke. Be den som drifter serveren om å oppdatere den; endringene dine er tatt vare på.</source>
        <translation>The server is older than this version of the app and does not understand it. Ask whoever runs the server to update it; your changes are kept.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="80"/>
        <source>Feil brukernavn eller passord.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="81"/>
        <source>For mange forsøk på å logge inn. Vent litt og prøv igjen.</source>
        <translation>Too many login attempts. Wait a little and try again.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="83"/>
        <source>Innloggingen er utløpt eller trukket tilbake. Logg inn på nytt; endringene dine er tatt vare på.</source>
        <translation>Your login has expired or been revoked. Log in again; your changes are kept.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="86"/>
        <source>Serveren svarte med en feil: {detail}</source>
        <translation>The server answered with an error: {detail}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="88"/>
        <source>Serverens svar stemmer ikke med det som ble sendt. Ingenting er merket som sendt; endringene dine er tatt vare på og sendes på nytt senere.</source>
        <translation>The server&apos;s answer does not match what was sent. Nothing has been marked as sent; your changes are kept and will be sent again later.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="91"/>
        <source>Serveren sendte et svar på over {limit} MB, mer enn appen tar imot, og det ble ikke lest. Endringene dine er tatt vare på.</source>
        <translation>The server sent an answer of over {limit} MB, more than the app accepts, and it was not read. Your changes are kept.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="94"/>
        <source>Denne maskinen har {waiting} endringer fra {username} som ikke er sendt til serveren ennå. Logg inn som {username} og synkroniser først, slik at ingen endringer sendes i en annens navn.</source>
        <translation>This computer has {waiting} changes from {username} that have not been sent to the server yet. Log in as {username} and sync first, so that no changes are sent in someone else&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="104"/>
        <source>Synkroniseringen stoppet på grunn av en feil i appen: {detail}</source>
        <translation>Syncing stopped because of an error in the app: {detail}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="116"/>
        <source>Last ned den nye versjonen: {download_url}</source>
        <translation>Download the new version: {download_url}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="87"/>
        <source>Serveren svarte med noe appen ikke forstår.</source>
        <translation>The server answered with something the app does not understand.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="98"/>
        <source>Serveren kjenner denne maskinen under en annen bruker. Logg inn på nytt; endringene dine er tatt vare på.</source>
        <translation>The server knows this computer under another user. Log in again; your changes are kept.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="101"/>
        <source>Denne databasen inneholder demodata (oppdiktede besøk) og kan ikke synkroniseres med en server. Start med en ny database for ekte arbeid.</source>
        <translation>This database holds demo data (made-up visits) and cannot be synced with a server. Start with a new database for real work.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="106"/>
        <source>Synkroniseringen ble avbrutt. Det som var ferdig er lagret.</source>
        <translation>Syncing was cancelled. What was finished is saved.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="108"/>
        <source>Serveren er satt tilbake fra en sikkerhetskopi. Endringene den manglet fra denne maskinen er sendt på nytt.</source>
        <translation>The server was restored from a backup. The changes it was missing from this computer have been sent again.</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="20"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="21"/>
        <source>Organisasjonsnummer</source>
        <translation>Organisation number</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="22"/>
        <source>Organisasjonsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="23"/>
        <source>Næringskode</source>
        <translation>Industry code</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="24"/>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="25"/>
        <source>Nettside</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="26"/>
        <source>Forretningsadresse</source>
        <translation>Business address</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="27"/>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="28"/>
        <source>Poststed</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="29"/>
        <source>Postadresse</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="30"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="31"/>
        <source>Lærebedriftstatus</source>
        <translation>Training company status</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="32"/>
        <source>Godkjente fag</source>
        <translation>Approved trades</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="33"/>
        <source>Fag de er interessert i</source>
        <translation>Trades of interest</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="34"/>
        <source>Stikkord</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="35"/>
        <source>Ansvarlig læreplassjeger</source>
        <translation>Responsible hunter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="36"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="37"/>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="38"/>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="45"/>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="39"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="40"/>
        <source>Hva som skal gjøres</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="41"/>
        <source>Type</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="42"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="44"/>
        <source>Tildelt</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="46"/>
        <source>Startdato</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="47"/>
        <source>Sluttdato</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="48"/>
        <source>Beskrivelse</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="49"/>
        <source>Brev sendt</source>
        <translation>Letters sent</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="50"/>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="67"/>
        <source>Besøk</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="51"/>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="52"/>
        <source>Plasser</source>
        <translation>Places</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="53"/>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="54"/>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="55"/>
        <source>Kontaktform</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="56"/>
        <source>Neste steg</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="57"/>
        <source>Dato for neste steg</source>
        <translation>Date of next step</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="58"/>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="65"/>
        <source>Bedrift</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="66"/>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="68"/>
        <source>Arrangement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="69"/>
        <source>Notat</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="70"/>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="71"/>
        <source>Kampanje</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="72"/>
        <source>Kampanjemottaker</source>
        <translation>Campaign target</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="73"/>
        <source>Produksjonsmål</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="74"/>
        <source>Overføring</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="75"/>
        <source>Vedlegg</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="84"/>
        <source>Ny bedrift</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="85"/>
        <source>Ny kontaktperson</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="86"/>
        <source>Nytt besøk</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="87"/>
        <source>Nytt arrangement</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="88"/>
        <source>Nytt notat</source>
        <translation>New note</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="89"/>
        <source>Ny oppfølging</source>
        <translation>New follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="90"/>
        <source>Ny kampanje</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="91"/>
        <source>Ny kampanjemottaker</source>
        <translation>New campaign target</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="92"/>
        <source>Nytt produksjonsmål</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="93"/>
        <source>Ny overføring</source>
        <translation>New handover</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="94"/>
        <source>Nytt vedlegg</source>
        <translation>New attachment</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="97"/>
        <source>Endring av {0}</source>
        <translation>Change of {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="99"/>
        <source>Sletting av {0}</source>
        <translation>Deletion of {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="101"/>
        <source>Valg i konflikt om {0}</source>
        <translation>Choice in a conflict about {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="108"/>
        <source>Serveren godtok ikke en av verdiene.</source>
        <translation>The server did not accept one of the values.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="109"/>
        <source>Et felt som må fylles ut, mangler.</source>
        <translation>A required field is missing.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="110"/>
        <source>Bare den som registrerte dette, kan endre det.</source>
        <translation>Only the person who recorded this can change it.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="111"/>
        <source>Bare ansatte ved kontoret kan gjøre denne endringen.</source>
        <translation>Only office staff can make this change.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="112"/>
        <source>Dette tilhører en annen organisasjon.</source>
        <translation>This belongs to another organisation.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="113"/>
        <source>Serveren kjenner ikke denne oppføringen.</source>
        <translation>The server does not know this record.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="114"/>
        <source>Oppføringen er slettet på serveren og blir ikke gjenopprettet.</source>
        <translation>The record was deleted on the server and will not be restored.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="116"/>
        <source>Serveren har allerede en annen oppføring med samme id.</source>
        <translation>The server already has another record with the same id.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="117"/>
        <source>Den viser til noe serveren ikke har, for eksempel et firma eller en kontaktperson som aldri ble sendt.</source>
        <translation>It refers to something the server does not have, such as a company or contact person that was never sent.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="120"/>
        <source>Serveren kjenner ikke denne typen oppføring.</source>
        <translation>The server does not know this kind of record.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="121"/>
        <source>Serveren kjenner ikke denne typen endring.</source>
        <translation>The server does not know this kind of change.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="124"/>
        <source>Serveren sa ikke hvorfor.</source>
        <translation>The server did not say why.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="130"/>
        <source>Serverens melding: {0}</source>
        <translation>The server&apos;s message: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="142"/>
        <source>{0} som ikke finnes på denne maskinen</source>
        <translation>{0} that is not on this machine</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="153"/>
        <source>{0} hos {1}</source>
        <translation>{0} at {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="160"/>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="172"/>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="60"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="172"/>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="61"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="33"/>
        <source>kobler til</source>
        <translation>connecting</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="35"/>
        <source>sender {0} av {1}</source>
        <translation>sending {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="36"/>
        <source>sender</source>
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="38"/>
        <source>henter alt: {0} av {1}</source>
        <translation>fetching everything: {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="39"/>
        <source>henter alt: {0}</source>
        <translation>fetching everything: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="41"/>
        <source>gjør klar søk og oversikter: steg {0} av {1}</source>
        <translation>preparing search and overviews: step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="44"/>
        <source>henter {0}</source>
        <translation>fetching {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="45"/>
        <source>Synkroniserer … ({0})</source>
        <translation>Syncing … ({0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="51"/>
        <source>%n endring(er) venter</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="53"/>
        <source>%n konflikt(er)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="55"/>
        <source>%n avvist</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="64"/>
        <source>Sist synkronisert {0}.</source>
        <translation>Last synced {0}.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="67"/>
        <source>Ikke synkronisert ennå.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="69"/>
        <source>Synkroniserer …</source>
        <translation>Syncing …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="71"/>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="76"/>
        <source>Logg inn på nytt</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="72"/>
        <source>Ikke koblet til server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="73"/>
        <source>Klikk for å logge inn. Endringene dine er lagret på denne maskinen og sendes når du er logget inn.</source>
        <translation>Click to log in. Your changes are saved on this machine and are sent once you are logged in.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="78"/>
        <source>Appen må oppdateres</source>
        <translation>The app must be updated</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="80"/>
        <source>Frakoblet</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="82"/>
        <source>Synkronisering feilet</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="84"/>
        <source>Synkronisert kl. {0}</source>
        <translation>Synced at {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="86"/>
        <source>Ikke synkronisert ennå</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="96"/>
        <source>Ingenting er tapt: endringene sendes når serveren svarer.</source>
        <translation>Nothing is lost: the changes are sent when the server answers.</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="74"/>
        <source>Synkroniser nå</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="77"/>
        <source>Logg inn på server …</source>
        <translation>Log in to the server …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="79"/>
        <source>Logg ut …</source>
        <translation>Log out …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="97"/>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="98"/>
        <source>Avviste endringer</source>
        <translation>Refused changes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="131"/>
        <source>Logget ut</source>
        <translation>Logged out</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="134"/>
        <source>Eksempeldata: synkroniseres ikke</source>
        <translation>Sample data: not synced</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="135"/>
        <source>Fil → «Bytt til din egen database» for å logge inn og synkronisere.</source>
        <translation>File → “Switch to your own database” to log in and sync.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="177"/>
        <source>Synkroniseringen er allerede i gang.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="186"/>
        <source>Synkronisert: {0} sendt, {1} hentet.</source>
        <translation>Synced: {0} sent, {1} fetched.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/register.py" line="188"/>
        <source>%n endring(er) ble avvist.</source>
        <translation>
            <numerusform>%n change was refused.</numerusform>
            <numerusform>%n changes were refused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/register.py" line="190"/>
        <source>%n ny(e) konflikt(er).</source>
        <translation>
            <numerusform>%n new conflict.</numerusform>
            <numerusform>%n new conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="220"/>
        <source>Ikke logget ut</source>
        <translation>Not logged out</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="220"/>
        <source>Synkroniseringen ble ikke ferdig, så du er fortsatt logget inn. Endringene dine er tatt vare på.</source>
        <translation>The sync did not finish, so you are still logged in. Your changes are kept.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="301"/>
        <source>Innloggingen huskes ikke</source>
        <translation>The login is not remembered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="302"/>
        <source>Du er logget inn. Synkroniserer …</source>
        <translation>You are logged in. Syncing …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="313"/>
        <source>Du er ikke logget inn.</source>
        <translation>You are not logged in.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="340"/>
        <source>Du er logget ut.</source>
        <translation>You are logged out.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="344"/>
        <source>Logg ut</source>
        <translation>Log out</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/register.py" line="344"/>
        <source>%n endring(er) er ikke sendt til serveren ennå. Vil du synkronisere først?</source>
        <translation>
            <numerusform>%n change has not been sent to the server yet. Do you want to sync first?</numerusform>
            <numerusform>%n changes have not been sent to the server yet. Do you want to sync first?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="347"/>
        <source>Synkroniser og logg ut</source>
        <translation>Sync and log out</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="349"/>
        <source>Logg ut uten å sende</source>
        <translation>Log out without sending</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="358"/>
        <source>Logge ut uten å sende?</source>
        <translation>Log out without sending?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/register.py" line="359"/>
        <source>%n endring(er) blir liggende usendt på denne maskinen. De sendes først når du logger inn igjen med samme bruker; ingen andre kan logge inn her før det. Logge ut likevel?</source>
        <translation>
            <numerusform>%n change stays unsent on this machine. It is sent only when you log in again as the same user; nobody else can log in here before that. Log out anyway?</numerusform>
            <numerusform>%n changes stay unsent on this machine. They are sent only when you log in again as the same user; nobody else can log in here before that. Log out anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="363"/>
        <source>Logg ut likevel</source>
        <translation>Log out anyway</translation>
    </message>
</context>
<context>
    <name>TargetFilterDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="31"/>
        <source>Målbedrifter fra filter</source>
        <translation>Target companies from a filter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="32"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="55"/>
        <source>Bare aktive bedrifter (ikke konkurs, avviklet eller slettet)</source>
        <translation>Active companies only (not bankrupt, wound up or deleted)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="59"/>
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="60"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="61"/>
        <source>Lærebedriftstatus</source>
        <translation>Training company status</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="62"/>
        <source>Trinn</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="63"/>
        <source>Lærefag (godkjent eller interessert)</source>
        <translation>Trade (approved or interested)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="66"/>
        <source>Legg til som mål</source>
        <translation>Add as targets</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="67"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="90"/>
        <source>{0} bedrifter passer med filteret.</source>
        <translation>{0} companies match the filter.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="139"/>
        <source>Ingen kontakt registrert ennå. Trykk Ctrl+N for å registrere et besøk.</source>
        <translation>No contact recorded yet. Press Ctrl+N to record a visit.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="167"/>
        <source>Enhetsregisteret · {0}</source>
        <translation>Central Coordinating Register · {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="169"/>
        <source>Nytt navn: {0} (før: {1})</source>
        <translation>New name: {0} (was: {1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="170"/>
        <source>Ny forretningsadresse: {0} (før: {1})</source>
        <translation>New business address: {0} (was: {1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="171"/>
        <source>Ny postadresse: {0} (før: {1})</source>
        <translation>New postal address: {0} (was: {1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="176"/>
        <source>Konkurs registrert</source>
        <translation>Bankruptcy registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="177"/>
        <source>Tvangsavvikling registrert</source>
        <translation>Compulsory dissolution registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="178"/>
        <source>Avvikling registrert</source>
        <translation>Liquidation registered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="179"/>
        <source>Slettet fra registeret</source>
        <translation>Deleted from the register</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="188"/>
        <source>forfalt</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="189"/>
        <source>Oppfølging {0} · {1}: {2}</source>
        <translation>Follow-up {0} · {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="196"/>
        <source>Notat · {0} · {1}</source>
        <translation>Note · {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="210"/>
        <source>Arrangement: {0} ({1})</source>
        <translation>Event: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="215"/>
        <source>Grunn: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="219"/>
        <source>Kontakt: {0}</source>
        <translation>Contact: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="220"/>
        <source>(slettet)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="224"/>
        <source>Fag: {0}</source>
        <translation>Trades: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="227"/>
        <source>Plasser: {0}</source>
        <translation>Places: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="237"/>
        <source>Neste steg: {0} ({1})</source>
        <translation>Next step: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="240"/>
        <source>Vedlegg: {0}</source>
        <translation>Attachments: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="248"/>
        <source>Vedlegg · {0} · {1}</source>
        <translation>Attachment · {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="259"/>
        <source>Overføring angret: tilbake fra {0} til {1} {2}</source>
        <translation>Handover undone: back from {0} to {1} {2}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="263"/>
        <source>Overført fra {0} til {1} {2}</source>
        <translation>Handed over from {0} to {1} {2}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="265"/>
        <source>Oppfølginger overført fra {0} til {1} {2}</source>
        <translation>Follow-ups handed over from {0} to {1} {2}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="274"/>
        <source>1 åpen oppfølging fulgte med</source>
        <translation>1 open follow-up went along</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="276"/>
        <source>1 åpen oppfølging</source>
        <translation>1 open follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="281"/>
        <source>{0} åpne oppfølginger fulgte med</source>
        <translation>{0} open follow-ups went along</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="283"/>
        <source>{0} åpne oppfølginger</source>
        <translation>{0} open follow-ups</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="287"/>
        <source>av {0}</source>
        <translation>by {0}</translation>
    </message>
</context>
<context>
    <name>UpdateNoticeWidget</name>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="43"/>
        <source>Skjul meldingen</source>
        <translation>Hide the message</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="49"/>
        <source>Last ned ny versjon…</source>
        <translation>Download new version…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="61"/>
        <source>Versjon {latest} av lpj-desktop er klar (du har {current}).</source>
        <translation>Version {latest} of lpj-desktop is ready (you have {current}).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="65"/>
        <source>Last ned versjon {latest}…</source>
        <translation>Download version {latest}…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="69"/>
        <source>Spør den som drifter serveren hvor du får den.</source>
        <translation>Ask whoever runs the server where to get it.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="72"/>
        <source>Dataene dine blir med over når du installerer den nye versjonen.</source>
        <translation>Your data comes along when you install the new version.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="113"/>
        <source>Nytt besøk</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="119"/>
        <source>Skriv navn eller org.nr. og velg fra listen</source>
        <translation>Type a name or org. no. and choose from the list</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="131"/>
        <source>f.eks. Elektrikerfaget, Tømrerfaget</source>
        <translation>e.g. Elektrikerfaget, Tømrerfaget</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="134"/>
        <source>— velg utfall —</source>
        <translation>— choose outcome —</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="139"/>
        <source>Hvorfor ikke? (valgfritt)</source>
        <translation>Why not? (optional)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="143"/>
        <source>Legg til læreplass</source>
        <translation>Add apprenticeship place</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="160"/>
        <source>Hva skjedde? Ikke skriv fødselsnummer eller helseopplysninger.</source>
        <translation>What happened? Do not write identity numbers or health details.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="164"/>
        <source>f.eks. Ring tilbake om lærlingtilskudd</source>
        <translation>e.g. Call back about the apprentice grant</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="167"/>
        <source>dato, f.eks. 15.3</source>
        <translation>date, e.g. 15.3</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="170"/>
        <source>innen</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="200"/>
        <source>Ny bedrift…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="202"/>
        <source>Legg inn en bedrift som ikke finnes i registeret</source>
        <translation>Add a company that is not in the register</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="208"/>
        <source>&amp;Bedrift</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="209"/>
        <source>&amp;Når</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="210"/>
        <source>&amp;Kanal</source>
        <translation>C&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="211"/>
        <source>Kontakt&amp;person</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="212"/>
        <source>&amp;Fag drøftet</source>
        <translation>&amp;Trades discussed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="213"/>
        <source>&amp;Utfall</source>
        <translation>Outcom&amp;e</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="214"/>
        <source>&amp;Grunn</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="215"/>
        <source>Tilbudte pl&amp;asser</source>
        <translation>Places o&amp;ffered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="216"/>
        <source>N&amp;otater</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="217"/>
        <source>Neste &amp;steg</source>
        <translation>Next &amp;step</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="223"/>
        <source>Velg filer …</source>
        <translation>Choose files …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="227"/>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="537"/>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="233"/>
        <source>&amp;Vedlegg</source>
        <translation>&amp;Attachments</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="237"/>
        <source>Lagre (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="242"/>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="243"/>
        <source>Lukk og slett utkastet</source>
        <translation>Close and delete the draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="244"/>
        <source>Lukk, behold utkast</source>
        <translation>Close, keep draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="277"/>
        <source>Rett besøk</source>
        <translation>Correct visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="288"/>
        <source>Et besøk du ikke lagret, er hentet fram. «Forkast» sletter det og gir et tomt skjema.</source>
        <translation>A visit you did not save has been brought back. “Discard” deletes it and gives an empty form.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="314"/>
        <source>(ingen bestemt)</source>
        <translation>(nobody in particular)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="412"/>
        <source>Utkastet kunne ikke lagres på disk: {0}</source>
        <translation>The draft could not be saved to disk: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="482"/>
        <source>Synkroniseringen skriver til databasen akkurat nå. Besøket lagres av seg selv om et øyeblikk – vinduet lukkes når det er lagret.</source>
        <translation>The sync is writing to the database right now. The visit will be saved by itself in a moment – the window closes once it is saved.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="527"/>
        <source>Bildet kunne ikke lagres på disk: {0}</source>
        <translation>The picture could not be saved to disk: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="540"/>
        <source>%n fil(er): {0}. Legges ved når besøket er lagret.</source>
        <translation>
            <numerusform>%n file: {0}. Attached when the visit is saved.</numerusform>
            <numerusform>%n files: {0}. Attached when the visit is saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="60"/>
        <source>Velkommen til Læreplassjegeren</source>
        <translation>Welcome to Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="67"/>
        <source>Her holder du oversikt over bedriftene du besøker, hva som ble avtalt og hva som skal skje videre. Alt lagres på maskinen din og virker uten nett.</source>
        <translation>Keep track of the companies you visit, what was agreed and what happens next. Everything is stored on your computer and works offline.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="77"/>
        <source>f.eks. Opplæringskontoret Nord</source>
        <translation>e.g. Opplæringskontoret Nord</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="79"/>
        <source>valgfritt</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="81"/>
        <source>1. Hvem er du?</source>
        <translation>1. Who are you?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="83"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="85"/>
        <source>&amp;Organisasjon</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="89"/>
        <source>2. Hent bedrifter</source>
        <translation>2. Get companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="90"/>
        <source>Importer fra Enhetsregisteret…</source>
        <translation>Import from the register…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="95"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="108"/>
        <source>Last ned «Enheter» eller «Underenheter» som CSV fra data.brreg.no og velg fila. Det du selv har lagt inn, blir aldri overskrevet av en ny import.</source>
        <translation>Download “Enheter” or “Underenheter” as CSV from data.brreg.no and choose the file. What you entered yourself is never overwritten by a new import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="152"/>
        <source>%n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>%n company in your register.</numerusform>
            <numerusform>%n companies in your register.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="166"/>
        <source>Velg fil fra Enhetsregisteret</source>
        <translation>Choose a file from the register</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="168"/>
        <source>Enhetsregisteret (*.csv *.json *.gz);;Alle filer (*)</source>
        <translation>Register files (*.csv *.json *.gz);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="178"/>
        <source>Import fra Enhetsregisteret finnes ikke i denne versjonen av appen.</source>
        <translation>Importing from the register is not available in this version of the app.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="181"/>
        <source>Importerer {0} …</source>
        <translation>Importing {0} …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="201"/>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="218"/>
        <source>Avbrutt. Ingenting ble endret; %n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>Cancelled. Nothing was changed; %n company in your register.</numerusform>
            <numerusform>Cancelled. Nothing was changed; %n companies in your register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="227"/>
        <source>%n bedrift(er) hadde en tekst som var for lang og ble forkortet.</source>
        <translation>
            <numerusform>%n company had a text that was too long; it was shortened.</numerusform>
            <numerusform>%n companies had a text that was too long; they were shortened.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="243"/>
        <source>Innlastingen stoppet: {0}. Ingenting ble endret.</source>
        <translation>Loading stopped: {0}. Nothing was changed.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="220"/>
        <source>Ferdig. %n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>Done. %n company in your register.</numerusform>
            <numerusform>Done. %n companies in your register.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="87"/>
        <source>T&amp;eam</source>
        <translation>T&amp;eam</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="92"/>
        <source>Prøv med eksempeldata…</source>
        <translation>Try with sample data…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="93"/>
        <source>Åpner eksempeldata i en egen database; din egen forblir tom</source>
        <translation>Opens sample data in a database of its own; yours stays empty</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="124"/>
        <source>&amp;Kom i gang</source>
        <translation>&amp;Get started</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="224"/>
        <source>%n rad(er) ble hoppet over fordi de var ugyldige.</source>
        <translation>
            <numerusform>%n row was skipped because it was invalid.</numerusform>
            <numerusform>%n rows were skipped because they were invalid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="251"/>
        <source>Skriv navnet ditt.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="254"/>
        <source>Skriv hvilken organisasjon du jobber for.</source>
        <translation>Enter the organisation you work for.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="21"/>
        <source>mandag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="21"/>
        <source>tirsdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="22"/>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="22"/>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="23"/>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="23"/>
        <source>lørdag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="24"/>
        <source>søndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="52"/>
        <source>f.eks. 15.3 kl. 10, i går kl. 14, i dag</source>
        <translation>e.g. 15.3 10:00, yesterday 14:00, today</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="53"/>
        <source>f.eks. 15.3, 15.03.2026, i morgen</source>
        <translation>e.g. 15.3, 15.03.2026, tomorrow</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="122"/>
        <source>{0} {1} kl. {2}</source>
        <translation>{0} {1} at {2}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="53"/>
        <source>Velg filer å legge ved</source>
        <translation>Choose files to attach</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="58"/>
        <source>Se i:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="58"/>
        <source>Filnavn:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="59"/>
        <source>Filtype:</source>
        <translation>File type:</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="59"/>
        <source>Velg</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="60"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="64"/>
        <source>Bilder og dokumenter</source>
        <translation>Pictures and documents</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="66"/>
        <source>Alle filer</source>
        <translation>All files</translation>
    </message>
</context>
</TS>

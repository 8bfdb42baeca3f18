<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="nb_NO">
<context>
    <name>AddCompanyDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="28"/>
        <source>Ny bedrift</source>
        <translation>Ny bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="34"/>
        <source>valgfritt, 9 sifre</source>
        <translation>valgfritt, 9 sifre</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="37"/>
        <source>f.eks. Alta</source>
        <translation>f.eks. Alta</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="72"/>
        <source>&amp;Navn</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="74"/>
        <source>&amp;Org.nr.</source>
        <translation>&amp;Org.nr.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="76"/>
        <source>&amp;Kommune</source>
        <translation>&amp;Kommune</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="78"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="80"/>
        <source>&amp;E-post</source>
        <translation>&amp;E-post</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../lpj_desktop/app.py" line="96"/>
        <source>Kan ikke åpne dataene</source>
        <translation>Kan ikke åpne dataene</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/app.py" line="97"/>
        <source>Dataene i {0} er laget av en nyere versjon av Læreplassjeger. Installer den nyeste versjonen for å åpne dem. Ingenting er endret.</source>
        <translation>Dataene i {0} er laget av en nyere versjon av Læreplassjeger. Installer den nyeste versjonen for å åpne dem. Ingenting er endret.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/app.py" line="146"/>
        <source>Feil versjon av Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/app.py" line="147"/>
        <source>Denne installasjonen bruker PySide6 {0}, som har en feil som får appen til å krasje midt i arbeidet. Installer en annen versjon (for eksempel: pip install &quot;PySide6-Essentials!={0}&quot;). Ingenting er endret i dataene dine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <location filename="../../lpj_desktop/ui/app_session.py" line="96"/>
        <source>Den gamle databasen er flyttet til {0}. Ingenting er slettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/app_session.py" line="106"/>
        <source>Databasen på denne maskinen flyttes til side (til mappen «backups»; ingenting slettes), og appen starter med en ny, tom database som kan logge inn og synkronisere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/app_session.py" line="110"/>
        <source>%n endring(er) er ikke sendt til serveren og blir bare liggende i den gamle databasen.</source>
        <translation>
            <numerusform>%n endring er ikke sendt til serveren og blir bare liggende i den gamle databasen.</numerusform>
            <numerusform>%n endringer er ikke sendt til serveren og blir bare liggende i den gamle databasen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/app_session.py" line="113"/>
        <source>Start med en ny database?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="100"/>
        <source>Legg ved filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="111"/>
        <source>&amp;Velg filer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="123"/>
        <source>f.eks. Visittkort, verkstedet, signert godkjenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="124"/>
        <source>Behold bildene i full størrelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="127"/>
        <source>Ellers gjøres store bilder mindre før de lagres. Posisjon og kamerainformasjon fjernes uansett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="130"/>
        <source>Dra filer hit, eller lim inn et bilde med Ctrl+V. Største fil: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="135"/>
        <source>Filer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="137"/>
        <source>Hører til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="138"/>
        <source>Bildetekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="140"/>
        <source>Legg ved (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="158"/>
        <source>{0} (bilde fra utklippstavlen, {1} × {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="180"/>
        <source>Velg minst én fil å legge ved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="16"/>
        <source>Fila finnes ikke lenger (flyttet, slettet eller en minnepinne tatt ut).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="18"/>
        <source>Fila kunne ikke leses: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="19"/>
        <source>Fila endret seg mens den ble lest. Prøv igjen når den er ferdig lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="21"/>
        <source>Fila er tom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="22"/>
        <source>Fila er for stor ({size}). Største tillatte er {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="23"/>
        <source>Fila heter {name}, men er ikke et bilde appen kan lese.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="25"/>
        <source>Bildet har for mange bildepunkter ({pixels}) og kan ikke åpnes trygt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="27"/>
        <source>HEIC-bilder kan ikke leses på denne maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="28"/>
        <source>Denne filtypen kan ikke legges ved. Bruk bilder (JPEG, PNG, HEIC), PDF eller Office-filer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="31"/>
        <source>Det du vil legge fila ved, finnes ikke (lenger) her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="33"/>
        <source>Vedlegget finnes ikke lenger (fjernet her, eller slettet av en synkronisering).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="35"/>
        <source>Bare den som la ved fila, kan endre eller fjerne den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="36"/>
        <source>Bare den som registrerte det, kan legge ved filer her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="38"/>
        <source>Bare ansatte ved kontoret kan legge ved filer her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="53"/>
        <source>{0} kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="54"/>
        <source>{0} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="60"/>
        <source>Besøk {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="62"/>
        <source>Kontaktperson {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="64"/>
        <source>Arrangement {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="65"/>
        <source>Arrangement</source>
        <translation type="unfinished">Arrangement</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="67"/>
        <source>Kampanje {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="68"/>
        <source>Kampanje</source>
        <translation type="unfinished">Kampanje</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="69"/>
        <source>Bedriften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="82"/>
        <source>Bilde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="84"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="86"/>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="87"/>
        <source>Word-dokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="88"/>
        <source>Tekstdokument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="90"/>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="91"/>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="92"/>
        <source>Regneark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/words.py" line="93"/>
        <source>Presentasjon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/charts.py" line="86"/>
        <source>Ingen data i utvalget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="217"/>
        <source>Lagre</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="232"/>
        <source>Lagre (Ctrl+Enter)</source>
        <translation type="unfinished">Lagre (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="233"/>
        <source>Forkast</source>
        <translation type="unfinished">Forkast</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="234"/>
        <source>Lukk, behold utkast</source>
        <translation type="unfinished">Lukk, behold utkast</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="351"/>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="365"/>
        <location filename="../../lpj_desktop/ui/widgets.py" line="220"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/widgets.py" line="245"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
</context>
<context>
    <name>CampaignPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="93"/>
        <source>F.eks. Læreplassjeger høsten 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="101"/>
        <source>Opprett kampanje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="107"/>
        <source>Navn</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="108"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="109"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="110"/>
        <source>Organisasjon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="113"/>
        <source>Ny kampanje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="117"/>
        <source>&lt;b&gt;Kampanjer&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="125"/>
        <source>Legg til fra filter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="126"/>
        <source>Legg til fra fil med org.nr. …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="127"/>
        <source>Prioritet 1: godkjente uten lærling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="128"/>
        <source>Prioritet 2: lærling i ett fag, kan ta flere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="129"/>
        <source>Importer fylkets liste over godkjente lærebedrifter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="133"/>
        <source>Marker brev sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="135"/>
        <source>&amp;Brev …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="138"/>
        <source>Skriv brev til målbedriftene ut fra en mal, se dem før de lages, og lag PDF for utskrift, e-postutkast og CSV til postutsending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="170"/>
        <source>Brev sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="176"/>
        <source>Målbedrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="184"/>
        <source>Importer interessemeldinger (CSV fra nettskjema) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="187"/>
        <source>Gi oppfølgingen til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="188"/>
        <source>Når bedriften ikke har noen jeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="189"/>
        <source>Frist for oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="191"/>
        <source>Interessemeldinger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="197"/>
        <source>Lagre tallene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="200"/>
        <source>Brev sendt i posten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="201"/>
        <source>Visninger i sosiale medier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="202"/>
        <source>Klikk på lenken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="204"/>
        <source>Tall målt utenfor appen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="236"/>
        <source>ikke ført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="263"/>
        <source>Bedriftens jeger, ellers kommunens jeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="264"/>
        <source>Ingen: vis raden som ikke importert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="309"/>
        <source>Kampanjen kunne ikke leses: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="316"/>
        <source>Opprett eller velg en kampanje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="296"/>
        <source>Kampanjen {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="324"/>
        <source>Målbedrifter: {0}. Med brev registrert sendt: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="340"/>
        <source>Ikke lenger aktive i Enhetsregisteret: {0}. De står på lista, men får ikke brev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="348"/>
        <source>slettet fra Enhetsregisteret {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="350"/>
        <source>konkurs registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="351"/>
        <source>tvangsavvikling registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="352"/>
        <source>avvikling registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="353"/>
        <source>slettet fra Enhetsregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="400"/>
        <source>Lagt til som mål: {0}. Var alt med: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="403"/>
        <source>Tatt av lista tidligere, ikke lagt til igjen: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="409"/>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="432"/>
        <source>Legger til målbedrifter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="415"/>
        <source>Legger til prioritert gruppe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="421"/>
        <source>Fila kan ikke leses: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="426"/>
        <source>Målbedrifter fra fil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="427"/>
        <source>Lagt til: {0}. Var alt med: {1}. Linjer som ikke kunne brukes: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="436"/>
        <source>Brev registrert sendt, antall bedrifter: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="438"/>
        <source>Registrerer brev …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="478"/>
        <source>Oppfølginger opprettet: {0}. Nye kontaktpersoner: {1}. Bedrifter lagt til for hånd: {2}. Rader importert før: {3}. Rader som ikke ble importert: {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="483"/>
        <source>Kolonner som ikke ble brukt: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="486"/>
        <source>Interessemeldinger importert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="488"/>
        <source>Importerer interessemeldinger …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="498"/>
        <source>Bedrifter med ny status eller nye fag: {0}. Uendret: {1}. Rader som ikke ble brukt: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="502"/>
        <source>Godkjente lærebedrifter importert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="505"/>
        <source>Importerer godkjente lærebedrifter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="529"/>
        <source>Tallene er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="537"/>
        <source>CSV- og tekstfiler (*.csv *.txt);;Alle filer (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="547"/>
        <source>Fil med organisasjonsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="552"/>
        <source>Interessemeldinger fra nettskjemaet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/campaign_page.py" line="557"/>
        <source>Fylkets liste over godkjente lærebedrifter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/charts.py" line="181"/>
        <location filename="../../lpj_desktop/ui/staff/charts.py" line="200"/>
        <source>Vis tabell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/charts.py" line="200"/>
        <source>Vis diagram</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyFiles</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="51"/>
        <source>Vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="71"/>
        <source>Vedlegg ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="79"/>
        <source>Bedriften {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="86"/>
        <source>Besøket {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="91"/>
        <source>Kontaktperson {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="115"/>
        <source>Legger ved {0} fil(er) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="121"/>
        <source>Utklippstavlen har ikke noe bilde eller noen fil å legge ved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="176"/>
        <source>Fjerne vedlegget?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="177"/>
        <source>Fjerne «{0}» fra {1}? Det fjernes også på serveren og de andre maskinene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/company_files.py" line="184"/>
        <source>Synkroniseringen skriver akkurat nå. Prøv igjen om et øyeblikk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="62"/>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="63"/>
        <source>Org.nr.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="64"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="65"/>
        <source>Bransje</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="66"/>
        <source>Ansatte</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="67"/>
        <source>Lærebedrift</source>
        <translation>Lærebedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="68"/>
        <source>Stadium</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="69"/>
        <source>Siste kontakt</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="222"/>
        <source>Ikke lenger aktiv i Enhetsregisteret (konkurs, avvikling eller slettet)</source>
        <translation>Ikke lenger aktiv i Enhetsregisteret (konkurs, avvikling eller slettet)</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="49"/>
        <source>Søk på navn, sted eller organisasjonsnummer  (Ctrl+F)</source>
        <translation>Søk på navn, sted eller organisasjonsnummer  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="73"/>
        <source> dager</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="74"/>
        <source>uansett</source>
        <translation>uansett</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="75"/>
        <source>Vis nedlagte</source>
        <translation>Vis nedlagte</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="76"/>
        <source>Nullstill filtre</source>
        <translation>Nullstill filtre</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="105"/>
        <source>Fylke</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="106"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="107"/>
        <source>Lærebedrift</source>
        <translation>Lærebedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="108"/>
        <source>Stadium</source>
        <translation>Stadium</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="114"/>
        <source>Fag</source>
        <translation>Fag</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="115"/>
        <source>Eier</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="116"/>
        <source>Kampanje</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="117"/>
        <source>Ingen kontakt på</source>
        <translation>Ingen kontakt på</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="159"/>
        <source>Søket feilet: {0}</source>
        <translation>Søket feilet: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="169"/>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="207"/>
        <source>Alle</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="187"/>
        <source>Meg</source>
        <translation>Meg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="246"/>
        <source>%n bedrift(er)</source>
        <translation>
            <numerusform>%n bedrift</numerusform>
            <numerusform>%n bedrifter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="246"/>
        <source>teller …</source>
        <translation>teller …</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="87"/>
        <source>Nytt besøk…</source>
        <translation>Nytt besøk…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="88"/>
        <source>Registrer et besøk eller en annen kontakt (Ctrl+N)</source>
        <translation>Registrer et besøk eller en annen kontakt (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="89"/>
        <source>Nytt notat…</source>
        <translation>Nytt notat…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="90"/>
        <source>Legg ved …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="93"/>
        <source>Legg ved bilder eller dokumenter (Ctrl+Shift+A). Du kan også dra filer hit, eller lime inn et bilde med Ctrl+V i historikken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="102"/>
        <source>Fra Enhetsregisteret</source>
        <translation>Fra Enhetsregisteret</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="115"/>
        <source>f.eks. kampanje2024, prioritet</source>
        <translation>f.eks. kampanje2024, prioritet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="122"/>
        <source>Lagre endringer</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="134"/>
        <source>Godkjent i fag</source>
        <translation>Godkjent i fag</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="135"/>
        <source>Interessert i fag</source>
        <translation>Interessert i fag</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="136"/>
        <source>Stikkord</source>
        <translation>Stikkord</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="137"/>
        <source>Ansvarlig</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="138"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="335"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="139"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="336"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="140"/>
        <source>Notater</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="146"/>
        <source>Dine opplysninger</source>
        <translation>Dine opplysninger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="172"/>
        <source>Ny…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="173"/>
        <source>Endre…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="174"/>
        <source>Eksporter…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="175"/>
        <source>Slett personopplysninger…</source>
        <translation>Slett personopplysninger…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="176"/>
        <source>Lagre alt appen vet om personen som en fil (innsyn etter GDPR)</source>
        <translation>Lagre alt appen vet om personen som en fil (innsyn etter GDPR)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="177"/>
        <source>Slett personen på forespørsel (GDPR); slettingen synkroniseres</source>
        <translation>Slett personen på forespørsel (GDPR); slettingen synkroniseres</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="186"/>
        <source>Kontaktpersoner</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="210"/>
        <source>Dobbeltklikk eller Enter på et besøk for å rette det; mellomrom viser vedleggene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="211"/>
        <source>Historikk</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="241"/>
        <source>Velg en bedrift i listen for å se den her.</source>
        <translation>Velg en bedrift i listen for å se den her.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="305"/>
        <source>uten organisasjonsnummer</source>
        <translation>uten organisasjonsnummer</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="320"/>
        <source>Ikke lenger aktiv i Enhetsregisteret.</source>
        <translation>Ikke lenger aktiv i Enhetsregisteret.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="323"/>
        <source>Org.nr.</source>
        <translation>Org.nr.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="324"/>
        <source>Organisasjonsform</source>
        <translation>Organisasjonsform</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="326"/>
        <source>Bransje</source>
        <translation>Bransje</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="327"/>
        <source>Ansatte</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="328"/>
        <source>Forretningsadresse</source>
        <translation>Forretningsadresse</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="329"/>
        <source>Postadresse</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="331"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="334"/>
        <source>Hjemmeside</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="338"/>
        <source>Hovedenhet</source>
        <translation>Hovedenhet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="340"/>
        <source>Lagt inn for hånd; ingen opplysninger fra registeret.</source>
        <translation>Lagt inn for hånd; ingen opplysninger fra registeret.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="363"/>
        <source>Ingen</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="364"/>
        <source>Meg</source>
        <translation>Meg</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="372"/>
        <source>%1 (har sluttet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="373"/>
        <source>Annen bruker</source>
        <translation>Annen bruker</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="405"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="435"/>
        <source>Stadium: {0}</source>
        <translation>Stadium: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="513"/>
        <source>Endringene dine er ikke lagret: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="545"/>
        <source>Lagret.</source>
        <translation>Lagret.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="545"/>
        <source>Ingen endringer.</source>
        <translation>Ingen endringer.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="572"/>
        <source>Notatet ble ikke lagret</source>
        <translation>Notatet ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="604"/>
        <source>Eksporter</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="604"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="622"/>
        <source>Velg en kontaktperson først.</source>
        <translation>Velg en kontaktperson først.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="608"/>
        <source>Lagre personopplysninger</source>
        <translation>Lagre personopplysninger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="622"/>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="626"/>
        <source>Slette personopplysninger?</source>
        <translation>Slette personopplysninger?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="628"/>
        <source>Navn, rolle, telefon og e-post til personen slettes for godt, her og på serveren. Besøkene blir stående uten navnet. Vil du fortsette?</source>
        <translation>Navn, rolle, telefon og e-post til personen slettes for godt, her og på serveren. Besøkene blir stående uten navnet. Vil du fortsette?</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="98"/>
        <source>Konflikter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="101"/>
        <source>Det samme feltet ble endret til ulike verdier på to maskiner. Serveren beholdt verdien som kom fram først. Se på begge og velg hva som skal gjelde; valget sendes ved neste synkronisering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="105"/>
        <source>Ingen konflikter å løse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="107"/>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="107"/>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="107"/>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="211"/>
        <source>Din verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="108"/>
        <source>Den andre verdien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="112"/>
        <source>Velg verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="122"/>
        <source>Behold &amp;min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="124"/>
        <source>Behold &amp;den andre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="128"/>
        <source>Eller skriv riktig verdi her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="129"/>
        <source>&amp;Bruk denne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="134"/>
        <source>Åpne bedriften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="144"/>
        <source>Annen verdi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="209"/>
        <source>{0}: feltet «{1}»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="210"/>
        <source> (lagret nå)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="212"/>
        <source>en annen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="214"/>
        <source>Fra {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="232"/>
        <source>Skriv et tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="238"/>
        <source>Feltet kan ikke være tomt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="239"/>
        <source>Konflikten er allerede løst.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="240"/>
        <source>Konflikten finnes ikke lenger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="699"/>
        <source>Kontaktperson</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="701"/>
        <source>f.eks. daglig leder, fagansvarlig</source>
        <translation>f.eks. daglig leder, fagansvarlig</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="706"/>
        <source>Navn</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="707"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="708"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="709"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
</context>
<context>
    <name>DamagedStore</name>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="24"/>
        <source>Databasen er skadet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="25"/>
        <source>Databasen på denne maskinen kan ikke leses; filen er skadet. Ingenting er endret i den, og den blir flyttet til side (ikke slettet) uansett hva du velger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="31"/>
        <source>Den nyeste sikkerhetskopien er fra {0}. Henter du den tilbake, mister du det som ble lagret på denne maskinen etter det. Det som allerede er synkronisert, kommer tilbake ved neste synkronisering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="38"/>
        <source>Det finnes ingen sikkerhetskopi. Du kan begynne med en ny, tom database; det som er synkronisert, hentes fra serveren igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="48"/>
        <source>Hent sikkerhetskopien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="51"/>
        <source>Ny, tom database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/damaged_store.py" line="53"/>
        <source>Avslutt</source>
        <translation type="unfinished">Avslutt</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="77"/>
        <source>Oppdater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="78"/>
        <source>Kampanjerapport (PDF) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="79"/>
        <source>Alle tabeller til Excel …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="82"/>
        <source>Vis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="84"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="231"/>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="273"/>
        <source>Kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="97"/>
        <source>Brev sendt (ført)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="98"/>
        <source>Visninger sosiale medier (ført)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="99"/>
        <source>Lenkeklikk (ført)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="114"/>
        <source>Kontakter per uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="115"/>
        <source>Læreplasser tilbudt per kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="116"/>
        <source>Lærefag med flest læreplasser tilbudt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="117"/>
        <source>Mål og resultater: andel av besøksmålet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="120"/>
        <source>Kontakter per læreplassjeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="162"/>
        <source>Alle besøk i perioden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="196"/>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="197"/>
        <source>Regner ut tallene …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="224"/>
        <source>Trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="224"/>
        <source>Bedrifter</source>
        <translation type="unfinished">Bedrifter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="225"/>
        <source>Andel av første trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="231"/>
        <source>Uke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="238"/>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="245"/>
        <source>Ukjent</source>
        <translation type="unfinished">Ukjent</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="241"/>
        <source>Kommune</source>
        <translation type="unfinished">Kommune</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="265"/>
        <source>Læreplasser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="111"/>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="289"/>
        <source>Nøkkeltall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="113"/>
        <source>Trakten: bedrifter per trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="249"/>
        <source>Lærefag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="256"/>
        <source>{0} av {1}</source>
        <translation type="unfinished">{0} av {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="260"/>
        <source>Jeger / team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="260"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="261"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="262"/>
        <source>Besøk</source>
        <translation type="unfinished">Besøk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="262"/>
        <source>Mål besøk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="263"/>
        <source>Avtaler</source>
        <translation type="unfinished">Avtaler</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="264"/>
        <source>Mål avtaler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="266"/>
        <source>Mål læreplasser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="272"/>
        <source>Læreplassjeger</source>
        <translation type="unfinished">Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="275"/>
        <source>{0}: {1} kontakter med {2} bedrifter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="276"/>
        <source>Alle besøk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="285"/>
        <source>Ført inn for hånd av kontoret (post og sosiale medier); ikke målt i appen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="287"/>
        <source>Tall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="287"/>
        <source>Verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="288"/>
        <source>Slik er tallet regnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="292"/>
        <source> (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="319"/>
        <source>Lagre kampanjerapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="319"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="325"/>
        <source>Lagre tabellene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/dashboard_page.py" line="325"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="30"/>
        <source>Noe gikk galt</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="33"/>
        <source>Det oppstod en uventet feil: {0}

Det du har lagret, er i behold. Send gjerne detaljene under til brukerstøtte.</source>
        <translation>Det oppstod en uventet feil: {0}

Det du har lagret, er i behold. Send gjerne detaljene under til brukerstøtte.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="37"/>
        <source>Loggfil: {0}</source>
        <translation>Loggfil: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="44"/>
        <source>Kopier detaljer</source>
        <translation>Kopier detaljer</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="52"/>
        <source>Nytt arrangement</source>
        <translation>Nytt arrangement</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="52"/>
        <source>Endre arrangement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="57"/>
        <source>f.eks. Yrkesmesse i Alta</source>
        <translation>f.eks. Yrkesmesse i Alta</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="68"/>
        <source>Som før, for hver bedrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="74"/>
        <source>Skriv navn og trykk Enter for å legge til</source>
        <translation>Skriv navn og trykk Enter for å legge til</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="94"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="97"/>
        <source>&amp;Utfall for alle</source>
        <translation>&amp;Utfall for alle</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="98"/>
        <source>&amp;Legg til bedrift</source>
        <translation>&amp;Legg til bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="78"/>
        <source>&amp;Fjern valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="79"/>
        <source>Eller Delete i lista</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="92"/>
        <source>Na&amp;vn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="95"/>
        <source>&amp;Når</source>
        <translation type="unfinished">&amp;Når</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="102"/>
        <source>Bedrifter til &amp;stede</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="106"/>
        <source>N&amp;otater</source>
        <translation>N&amp;otater</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="109"/>
        <source>Lagre (Ctrl+Enter)</source>
        <translation type="unfinished">Lagre (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="110"/>
        <source>Forkast</source>
        <translation type="unfinished">Forkast</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="111"/>
        <source>Lukk og slett utkastet</source>
        <translation type="unfinished">Lukk og slett utkastet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="112"/>
        <source>Lukk, behold utkast</source>
        <translation type="unfinished">Lukk, behold utkast</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="133"/>
        <source>Utkastet kunne ikke lagres på disk: {0}</source>
        <translation type="unfinished">Utkastet kunne ikke lagres på disk: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="136"/>
        <source>Endringer du ikke lagret, er hentet fram. «Forkast» lukker uten å endre noe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="137"/>
        <source>Et arrangement du ikke lagret, er hentet fram. «Forkast» sletter det og gir et tomt skjema.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/events_page.py" line="83"/>
        <source>%n bedrift(er)</source>
        <translation>
            <numerusform>%n bedrift</numerusform>
            <numerusform>%n bedrifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/events_page.py" line="85"/>
        <source>%n vedlegg</source>
        <translation>
            <numerusform>%n vedlegg</numerusform>
            <numerusform>%n vedlegg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="114"/>
        <source>Ingen arrangementer ennå. Registrer et med {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="123"/>
        <source>Arrangementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="148"/>
        <source>Enter åpner bedriften</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="150"/>
        <source>Bedrifter til stede</source>
        <translation type="unfinished">Bedrifter til stede</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="158"/>
        <source>&amp;Endre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="161"/>
        <source>&amp;Slett…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="255"/>
        <source>Arrangementet {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/events_page.py" line="264"/>
        <source>Slette arrangementet?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/events_page.py" line="266"/>
        <source>«{0}» slettes, med besøket hos %n bedrift(er) og vedleggene. Det kan ikke angres. Vil du fortsette?</source>
        <translation>
            <numerusform>«{0}» slettes, med besøket hos %n bedrift og vedleggene. Det kan ikke angres. Vil du fortsette?</numerusform>
            <numerusform>«{0}» slettes, med besøkene hos %n bedrifter og vedleggene. Det kan ikke angres. Vil du fortsette?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/events_page.py" line="276"/>
        <source>Arrangementet er slettet (%n besøk).</source>
        <translation>
            <numerusform>Arrangementet er slettet (%n besøk).</numerusform>
            <numerusform>Arrangementet er slettet (%n besøk).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileViewer</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="99"/>
        <source>← Forrige</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="100"/>
        <source>Neste →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="101"/>
        <source>Åpne i eget program (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="102"/>
        <source>Lagre en kopi … (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="103"/>
        <source>Fjern … (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="104"/>
        <source>Lukk (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="145"/>
        <source>Vedlegg {0} av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="148"/>
        <source>lagt ved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="162"/>
        <source>Dokumenter åpnes i maskinens eget program: trykk Ctrl+O.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="178"/>
        <source>Bildet kunne ikke vises: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="188"/>
        <source>Bare et forhåndsbilde finnes på denne maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="193"/>
        <source>Henter originalen fra serveren …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="208"/>
        <source>Originalen kunne ikke hentes nå: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="213"/>
        <source>Bare et forhåndsbilde finnes på denne maskinen. Logg inn på serveren for å hente originalen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="266"/>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="270"/>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="289"/>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="310"/>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="314"/>
        <source>Vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="267"/>
        <source>Fila kunne ikke åpnes: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="271"/>
        <source>Maskinen har ikke noe program som åpner denne fila. En kopi ligger i {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="283"/>
        <source>Lagre en kopi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="290"/>
        <source>Kopien kunne ikke lagres: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="292"/>
        <source>Kopien er lagret: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="302"/>
        <source>Fjerne vedlegget?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="303"/>
        <source>Fjerne «{0}» fra {1}? Det fjernes også på serveren og de andre maskinene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/viewer.py" line="311"/>
        <source>Synkroniseringen skriver akkurat nå. Prøv å fjerne vedlegget igjen om et øyeblikk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesStatus</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/status.py" line="35"/>
        <source>Legger ved {0} av {1} filer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/status.py" line="37"/>
        <source>Vedlegg som venter på sending: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/status.py" line="39"/>
        <source>Filene sendes etter hver synkronisering, de nyeste først. Et brudd i forbindelsen fortsetter der det stoppet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="48"/>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="48"/>
        <source>Bedrift</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="48"/>
        <source>Hva</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="54"/>
        <source>Merk som utført (Ctrl+D)</source>
        <translation>Merk som utført (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="56"/>
        <source>Flytt…</source>
        <translation>Flytt…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="57"/>
        <source>Åpne bedrift (Enter)</source>
        <translation>Åpne bedrift (Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="90"/>
        <source>Forfalt</source>
        <translation>Forfalt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="91"/>
        <source>I dag</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="92"/>
        <source>Resten av uken</source>
        <translation>Resten av uken</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="93"/>
        <source>Senere</source>
        <translation>Senere</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="109"/>
        <source>{0} forfalt · {1} i dag · {2} resten av uken</source>
        <translation>{0} forfalt · {1} i dag · {2} resten av uken</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="55"/>
        <source>Læreplassjeger</source>
        <translation type="unfinished">Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="56"/>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="68"/>
        <source>Lagre mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="72"/>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="73"/>
        <source>Hvem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="74"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="75"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="76"/>
        <source>Besøk og kontakter</source>
        <translation type="unfinished">Besøk og kontakter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="77"/>
        <source>Avtaler (bedrifter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="78"/>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="86"/>
        <source>Læreplasser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="81"/>
        <source>Sett mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="85"/>
        <source>Jeger / team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="85"/>
        <source>Periode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="85"/>
        <source>Besøk</source>
        <translation type="unfinished">Besøk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="86"/>
        <source>Avtaler</source>
        <translation type="unfinished">Avtaler</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="100"/>
        <source>Slett valgt mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="102"/>
        <source>&lt;b&gt;Mål og hvor langt de har kommet&lt;/b&gt; (telles fra besøkene i målets periode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="122"/>
        <source> (team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/goals_page.py" line="141"/>
        <source>{0} av {1}</source>
        <translation type="unfinished">{0} av {1}</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="38"/>
        <source>Regner ut målene …</source>
        <translation>Regner ut målene …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="45"/>
        <source>Målene kunne ikke regnes ut: {0}</source>
        <translation>Målene kunne ikke regnes ut: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="63"/>
        <source>Ingen mål er satt for deg i denne perioden. Målene settes av kontoret og kommer hit ved synkronisering.</source>
        <translation>Ingen mål er satt for deg i denne perioden. Målene settes av kontoret og kommer hit ved synkronisering.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="71"/>
        <source>Denne måneden ({0}–{1})</source>
        <translation>Denne måneden ({0}–{1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="75"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="97"/>
        <source>Besøk og kontakter</source>
        <translation>Besøk og kontakter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="76"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="98"/>
        <source>Avtaler</source>
        <translation>Avtaler</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="77"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="99"/>
        <source>Tilbudte læreplasser</source>
        <translation>Tilbudte læreplasser</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="90"/>
        <source>Mine mål</source>
        <translation>Mine mål</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="92"/>
        <source>Teamets mål ({0})</source>
        <translation>Teamets mål ({0})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="110"/>
        <source>{0} av {1}</source>
        <translation>{0} av {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="113"/>
        <source>i rute</source>
        <translation>i rute</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="104"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="113"/>
        <source>{0} bak planen</source>
        <translation>{0} bak planen</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="120"/>
        <source>{0} % av perioden er gått.</source>
        <translation>{0} % av perioden er gått.</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="70"/>
        <source>Mottakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="71"/>
        <source>Kommuner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="76"/>
        <source>Mottaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="76"/>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="112"/>
        <source>Bedrifter</source>
        <translation type="unfinished">Bedrifter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="77"/>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="112"/>
        <source>Oppfølginger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="77"/>
        <source>Kampanjemottakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="84"/>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="258"/>
        <source>&amp;Overfør</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="91"/>
        <source>Fra &amp;læreplassjeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="93"/>
        <source>Til (&amp;mottakere: kryss av med mellomrom; flere deler likt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="95"/>
        <source>&amp;Kommuner (ingen avkrysset: alle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="107"/>
        <source>Overfør arbeid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="111"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="111"/>
        <source>Fra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="111"/>
        <source>Til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="112"/>
        <source>Av</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="113"/>
        <source>Merknad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="124"/>
        <source>&amp;Siste overføringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="126"/>
        <source>&amp;Angre valgt overføring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="166"/>
        <source>har sluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="192"/>
        <source>{0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="222"/>
        <source>Velg hvem som gir fra seg arbeidet, og kryss av minst én mottaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="238"/>
        <source>Teller …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="239"/>
        <source>Teller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="255"/>
        <source>{0} har ingen bedrifter eller åpne oppfølginger å overføre her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="261"/>
        <source>{0}, {1} og {2} flyttes fra {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="270"/>
        <source>&amp;Overfør {0} og {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="278"/>
        <source>angring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="278"/>
        <source>angret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="300"/>
        <source>Overfører …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="308"/>
        <source>Overfører arbeid …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="316"/>
        <source>Overført {0} og {1} til {2}. Endringene sendes ved neste synkronisering. Angre med «Angre valgt overføring» (Alt+A).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="334"/>
        <source>Angrer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="342"/>
        <source>Angrer overføringen …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="348"/>
        <source>Angret: {0} og {1} er flyttet tilbake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="351"/>
        <source>{0} ble latt være fordi noen har endret dem siden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="355"/>
        <source>… og {0} til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="367"/>
        <source>1 bedrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="367"/>
        <source>{0} bedrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="371"/>
        <source>1 åpen oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="372"/>
        <source>{0} åpne oppfølginger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="373"/>
        <source>1 oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="373"/>
        <source>{0} oppfølginger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="376"/>
        <source>1 kampanjemottaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="377"/>
        <source>{0} kampanjemottakere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="381"/>
        <source>en annen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="383"/>
        <source>er slettet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="384"/>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="385"/>
        <source>er gitt videre til {0} siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="386"/>
        <source>er utført siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="387"/>
        <source>er avlyst siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="388"/>
        <source>er allerede tilbake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="389"/>
        <source>blir hos {0}: den det kom fra, har sluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="393"/>
        <source>Bedriften «{0}» {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="394"/>
        <source>Oppfølgingen «{0}» hos {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="399"/>
        <source>Bare ansatte og administratorer kan overføre arbeid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="400"/>
        <source>Læreplassjegeren finnes ikke i denne databasen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="401"/>
        <source>Kryss av minst én læreplassjeger som skal overta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="402"/>
        <source>Den som gir fra seg arbeidet, kan ikke også være mottaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="404"/>
        <source>{0} har sluttet (kontoen er deaktivert) og kan ikke overta arbeid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="405"/>
        <source>Ukjent kommune: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="406"/>
        <source>Det er ingen bedrifter eller åpne oppfølginger å overføre her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="407"/>
        <source>Overføringen ble avbrutt; ingenting er endret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="408"/>
        <source>Fant ikke overføringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="409"/>
        <source>Denne overføringen er allerede angret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/handover_page.py" line="410"/>
        <source>En angring kan ikke angres. Gjør en ny overføring i stedet.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Alle</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="117"/>
        <source>Lagrede filtre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="118"/>
        <source>Lagre …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="119"/>
        <source>Slett</source>
        <translation type="unfinished">Slett</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="127"/>
        <source>Lagrede filtre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="82"/>
        <source>Bedriftsnavn, sted eller org.nr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="102"/>
        <source>&amp;Søk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="102"/>
        <source>Læreplass&amp;jeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="103"/>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="103"/>
        <source>&amp;Organisasjon</source>
        <translation type="unfinished">&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="104"/>
        <source>Fra &amp;dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="104"/>
        <source>Ti&amp;l dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="105"/>
        <source>F&amp;ylke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="105"/>
        <source>&amp;Kommune</source>
        <translation type="unfinished">&amp;Kommune</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="106"/>
        <source>K&amp;anal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="106"/>
        <source>&amp;Utfall</source>
        <translation type="unfinished">&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="107"/>
        <source>Lærefa&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="107"/>
        <source>Ka&amp;mpanje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="108"/>
        <source>Bedriftens tr&amp;inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="113"/>
        <source>&amp;Nullstill filtre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="162"/>
        <source>Eks&amp;porter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="166"/>
        <source>Til &amp;Excel (.xlsx) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="167"/>
        <source>Til &amp;CSV …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="175"/>
        <source>Åpne bedrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="331"/>
        <source>Viser de {0} nyeste besøkene, teller alle treff …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="333"/>
        <source>Ingen besøk passer med filteret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="335"/>
        <source>{0} besøk passer med filteret (nyeste først).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="368"/>
        <source>Lagre filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="369"/>
        <source>Navn på filteret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="371"/>
        <source>Lagre</source>
        <translation type="unfinished">Lagre</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="372"/>
        <source>Avbryt</source>
        <translation type="unfinished">Avbryt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="393"/>
        <source>Velg et besøk for å se detaljene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="398"/>
        <source>Besøket finnes ikke lenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="434"/>
        <source>Besøkshistorikk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="439"/>
        <source>Excel-arbeidsbok (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="439"/>
        <source>CSV-fil (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/history_page.py" line="440"/>
        <source>Eksporter besøk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="32"/>
        <source>Linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="32"/>
        <source>Hvorfor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="32"/>
        <source>Innhold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="43"/>
        <source>Lukk</source>
        <translation type="unfinished">Lukk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/import_result.py" line="48"/>
        <source>Disse radene ble ikke importert. Rett dem i fila og importer igjen; rader som alt er importert, blir ikke doble.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="29"/>
        <source>Besøk</source>
        <translation>Besøk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="30"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="31"/>
        <source>Videomøte</source>
        <translation>Videomøte</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="32"/>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="33"/>
        <source>Brev</source>
        <translation>Brev</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="34"/>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="38"/>
        <source>Ikke nådd</source>
        <translation>Ikke nådd</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="39"/>
        <source>Ikke interessert</source>
        <translation>Ikke interessert</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="40"/>
        <source>Interessert, vil ha informasjon</source>
        <translation>Interessert, vil ha informasjon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="41"/>
        <source>Avtalt oppfølging</source>
        <translation>Avtalt oppfølging</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="42"/>
        <source>Vil søke godkjenning</source>
        <translation>Vil søke godkjenning</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="43"/>
        <source>Godkjent som lærebedrift</source>
        <translation>Godkjent som lærebedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="44"/>
        <source>Læreplass tilbudt</source>
        <translation>Læreplass tilbudt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="45"/>
        <source>Lærekontrakt signert</source>
        <translation>Lærekontrakt signert</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="48"/>
        <source>Ingen kontakt ennå</source>
        <translation>Ingen kontakt ennå</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="51"/>
        <source>Ukjent</source>
        <translation>Ukjent</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="52"/>
        <source>Mulig lærebedrift</source>
        <translation>Mulig lærebedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="53"/>
        <source>Godkjent, uten lærlinger</source>
        <translation>Godkjent, uten lærlinger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="54"/>
        <source>Godkjent, med lærlinger</source>
        <translation>Godkjent, med lærlinger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="58"/>
        <source>Yrkesmesse / markedsdag</source>
        <translation>Yrkesmesse / markedsdag</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="59"/>
        <source>Næringsforeningsmøte</source>
        <translation>Næringsforeningsmøte</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="60"/>
        <source>Speed-dating med elever</source>
        <translation>Speed-dating med elever</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="61"/>
        <source>Annet arrangement</source>
        <translation>Annet arrangement</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="65"/>
        <source>Åpen</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="66"/>
        <source>Utført</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="67"/>
        <source>Avlyst</source>
        <translation>Avlyst</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="71"/>
        <source>Ring tilbake</source>
        <translation>Ring tilbake</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="72"/>
        <source>Send materiell</source>
        <translation>Send materiell</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="73"/>
        <source>Nytt besøk</source>
        <translation>Nytt besøk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="74"/>
        <source>Annet</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="78"/>
        <source>læreplassjeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="79"/>
        <source>ansatt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="80"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="86"/>
        <source>Målbedrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="87"/>
        <source>Brev registrert sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="88"/>
        <source>Kontakter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="89"/>
        <source>Bedrifter kontaktet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="90"/>
        <source>Interesserte bedrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="91"/>
        <source>Bedrifter med avtale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="92"/>
        <source>Godkjente lærebedrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="93"/>
        <source>Bedrifter med læreplass tilbudt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="94"/>
        <source>Tilbudte læreplasser (antall plasser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="95"/>
        <source>Bedrifter med lærekontrakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="99"/>
        <source>Bedriftene på kampanjens målliste. Bedrifter som er tatt av lista, telles ikke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="101"/>
        <source>Målbedrifter der brevet er registrert sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="102"/>
        <source>Kontakter i perioden: besøk, telefon, video, e-post, brev og arrangement (én kontakt per bedrift til stede), også forsøk uten svar. Slettede besøk telles ikke. For en kampanje: bare kontakter med målbedriftene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="106"/>
        <source>Bedrifter med minst én kontakt i perioden, også forsøk uten svar. Samme tall som trinnet «Kontaktet» i trakten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="109"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Interessert, vil ha informasjon» eller et høyere trinn. Samme tall som trinnet «Interessert» i trakten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="112"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Avtalt oppfølging» eller et høyere trinn, slik målene teller avtaler. Samme tall som trinnet «Avtalt oppfølging» i trakten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="115"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Godkjent som lærebedrift» eller et høyere trinn. Samme tall som trinnet «Godkjent lærebedrift» i trakten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="118"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Læreplass tilbudt» eller «Lærekontrakt signert». Samme tall som trinnet «Læreplass tilbudt» i trakten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="121"/>
        <source>Et antall plasser, ikke bedrifter: summen av plassene som er ført på kontakter i perioden med utfallet «Læreplass tilbudt» eller «Lærekontrakt signert». Plasser ført på to kontakter telles to ganger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="125"/>
        <source>Bedrifter der minst én kontakt i perioden endte med «Lærekontrakt signert». Samme tall som trinnet «Lærekontrakt signert» i trakten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="132"/>
        <source>Velg hvilken bedrift besøket gjelder.</source>
        <translation>Velg hvilken bedrift besøket gjelder.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="133"/>
        <source>Bedriften finnes ikke lenger i registeret ditt.</source>
        <translation>Bedriften finnes ikke lenger i registeret ditt.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="134"/>
        <source>Skriv når kontakten var.</source>
        <translation>Skriv når kontakten var.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="135"/>
        <source>Tidspunktet mangler tidssone.</source>
        <translation>Tidspunktet mangler tidssone.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="136"/>
        <source>Tidspunktet er fram i tid. Et besøk som er planlagt, legges inn som neste steg.</source>
        <translation>Tidspunktet er fram i tid. Et besøk som er planlagt, legges inn som neste steg.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="139"/>
        <source>Tidspunktet er for langt tilbake i tid.</source>
        <translation>Tidspunktet er for langt tilbake i tid.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="140"/>
        <source>Velg hvordan kontakten skjedde.</source>
        <translation>Velg hvordan kontakten skjedde.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="141"/>
        <source>Velg utfallet av kontakten.</source>
        <translation>Velg utfallet av kontakten.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="142"/>
        <source>Skriv hvilket fag plassen gjelder.</source>
        <translation>Skriv hvilket fag plassen gjelder.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="143"/>
        <source>Antall plasser må være mellom 1 og 100.</source>
        <translation>Antall plasser må være mellom 1 og 100.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="144"/>
        <source>Tilbudte plasser krever utfallet «Læreplass tilbudt» eller høyere.</source>
        <translation>Tilbudte plasser krever utfallet «Læreplass tilbudt» eller høyere.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="147"/>
        <source>«Læreplass tilbudt» krever minst én læreplass: skriv fag og antall plasser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="150"/>
        <source>Et arrangement kan ikke ha utfallet «Læreplass tilbudt». Registrer tilbudet som et eget besøk hos bedriften, med fag og antall plasser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="154"/>
        <source>Skriv hva neste steg er, eller fjern datoen.</source>
        <translation>Skriv hva neste steg er, eller fjern datoen.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="155"/>
        <source>Velg en dato for neste steg.</source>
        <translation>Velg en dato for neste steg.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="156"/>
        <source>Neste steg kan ikke være før selve kontakten.</source>
        <translation>Neste steg kan ikke være før selve kontakten.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="157"/>
        <source>Datoen for neste steg har allerede vært. Velg i dag eller senere.</source>
        <translation>Datoen for neste steg har allerede vært. Velg i dag eller senere.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="160"/>
        <source>Arrangementet finnes ikke lenger (det er slettet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="161"/>
        <source>Bare den som registrerte arrangementet, kan endre det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="162"/>
        <source>Gi arrangementet et navn.</source>
        <translation>Gi arrangementet et navn.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="163"/>
        <source>Legg til minst én bedrift som var til stede.</source>
        <translation>Legg til minst én bedrift som var til stede.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="164"/>
        <source>Skriv bedriftens navn.</source>
        <translation>Skriv bedriftens navn.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="165"/>
        <source>Organisasjonsnummeret er tomt.</source>
        <translation>Organisasjonsnummeret er tomt.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="166"/>
        <source>Organisasjonsnummeret kan bare inneholde sifre.</source>
        <translation>Organisasjonsnummeret kan bare inneholde sifre.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="167"/>
        <source>Organisasjonsnummeret må ha 9 sifre.</source>
        <translation>Organisasjonsnummeret må ha 9 sifre.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="168"/>
        <source>Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk at det er skrevet riktig.</source>
        <translation>Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk at det er skrevet riktig.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="173"/>
        <source>Det finnes allerede en bedrift med dette organisasjonsnummeret.</source>
        <translation>Det finnes allerede en bedrift med dette organisasjonsnummeret.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="176"/>
        <source>Ukjent kommune. Skriv kommunenummeret eller ett av kommunens navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="179"/>
        <source>Flere kommuner har dette navnet. Velg en fra listen, eller skriv kommunenummeret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="187"/>
        <source>Teksten er for lang: høyst {limit} tegn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="188"/>
        <source>Denne verdien er ikke tillatt her.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="189"/>
        <source>Denne personen har sluttet og kan ikke få nye oppgaver. Velg en annen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="196"/>
        <source>Skriv en dato, f.eks. 15.03.2026 eller «i dag».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="197"/>
        <source>«{text}» er ikke en dato. Skriv f.eks. 15.3, 15.03.2026, «i går» eller «fredag».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="206"/>
        <source>«{text}» er verken en dato eller et klokkeslett. Skriv f.eks. 15.3 for en dato eller 10:30 for et klokkeslett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="199"/>
        <source>«{text}» er ikke en dato: måneden går fra 1 til 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="200"/>
        <source>«{text}» er ikke en dato: den dagen finnes ikke i kalenderen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="202"/>
        <source>«{text}» er ikke et klokkeslett. Skriv f.eks. 10:30 eller kl. 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="204"/>
        <source>«{text}» er ikke et klokkeslett: timene går til 23 og minuttene til 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="182"/>
        <source>Skriv navnet på kontaktpersonen.</source>
        <translation>Skriv navnet på kontaktpersonen.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="183"/>
        <source>Telefonnummeret ser ikke riktig ut.</source>
        <translation>Telefonnummeret ser ikke riktig ut.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="184"/>
        <source>E-postadressen ser ikke riktig ut.</source>
        <translation>E-postadressen ser ikke riktig ut.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="185"/>
        <source>Kontaktpersonen finnes ikke lenger.</source>
        <translation>Kontaktpersonen finnes ikke lenger.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="186"/>
        <source>Notatet er tomt.</source>
        <translation>Notatet er tomt.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="191"/>
        <source>Bare den som registrerte besøket, kan rette det.</source>
        <translation>Bare den som registrerte besøket, kan rette det.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="192"/>
        <source>Datoen har allerede vært. Velg i dag eller senere.</source>
        <translation>Datoen har allerede vært. Velg i dag eller senere.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="193"/>
        <source>Oppfølgingen er ikke åpen lenger.</source>
        <translation>Oppfølgingen er ikke åpen lenger.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/domain/labels.py" line="194"/>
        <source>Oppfølgingen finnes ikke lenger.</source>
        <translation>Oppfølgingen finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="110"/>
        <source>Brev: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="116"/>
        <source>&amp;Ny mal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="117"/>
        <source>&amp;Lagre malen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="121"/>
        <source>Bokmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="122"/>
        <source>Nynorsk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="134"/>
        <source>Enter eller dobbeltklikk setter flettefeltet inn i teksten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="141"/>
        <source>F.eks. https://okn.no/laerling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="147"/>
        <source>&amp;Mal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="154"/>
        <source>Navn &amp;på malen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="154"/>
        <source>M&amp;ålform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="155"/>
        <source>&amp;Emne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="155"/>
        <source>&amp;Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="156"/>
        <source>&amp;Flettefelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="162"/>
        <source>&amp;Organisasjon</source>
        <translation type="unfinished">&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="163"/>
        <source>&amp;Adresse for interessemelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="164"/>
        <source>Avsender når bedriften ikke har jeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="165"/>
        <source>Telefon når jegeren ikke har oppgitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="166"/>
        <source>E-post når jegeren ikke har oppgitt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="170"/>
        <source>Avsender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="180"/>
        <source>Læreplassjeger</source>
        <translation type="unfinished">Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="180"/>
        <source>Telefon</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="181"/>
        <source>E-post</source>
        <translation type="unfinished">E-post</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="181"/>
        <source>Bedrifter</source>
        <translation type="unfinished">Bedrifter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="185"/>
        <source>Telefon og e-post som brevene oppgir for hver jeger. Endringer lagres når du går ut av cellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="199"/>
        <source>Brevmal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="200"/>
        <source>Jegernes kontaktinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="207"/>
        <source>For&amp;håndsvisning for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="219"/>
        <source>Utskr&amp;ift: én PDF for vinduskonvolutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="220"/>
        <source>PDF per &amp;bedrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="221"/>
        <source>E-post&amp;utkast (.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="222"/>
        <source>&amp;CSV til postutsending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="231"/>
        <source>&amp;Velg mappe …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="232"/>
        <source>Marker målbedriftene som har fått brev som «brev sendt»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="234"/>
        <source>Tosidi&amp;g utskrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="237"/>
        <source>Brev med et oddetall sider får en tom side til slutt, så hvert brev begynner på forsiden av et ark og ikke på baksiden av et annet brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="240"/>
        <source>Lag b&amp;revene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="242"/>
        <source>Avbr&amp;yt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="245"/>
        <source>Lag brevene li&amp;kevel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="265"/>
        <source>Brev&amp;dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="269"/>
        <source>Lagre&amp;s i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="288"/>
        <source>Lag brev til målbedriftene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="344"/>
        <source>Bedriftens navn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="345"/>
        <source>Organisasjonsnummeret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="346"/>
        <source>Postadressen på én linje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="347"/>
        <source>Kommunen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="349"/>
        <source>Kontaktpersonen, ellers daglig leder når vi kjenner navnet, ellers «daglig leder»</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="350"/>
        <source>Lærefagene som passer bedriftens næringskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="351"/>
        <source>Navnet på bedriftens læreplassjeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="352"/>
        <source>Læreplassjegerens telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="353"/>
        <source>Læreplassjegerens e-post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="354"/>
        <source>Organisasjonen som sender brevet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="355"/>
        <source>Adressen der bedriften melder interesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="356"/>
        <source>Bedriftens svarkode (oppgis når den melder interesse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="357"/>
        <source>Brevets dato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="375"/>
        <source>Henter maler og målbedrifter …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="399"/>
        <source>Malene og målbedriftene kunne ikke leses: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="434"/>
        <source>Ny mal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="447"/>
        <source>Malen «{0}» er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="464"/>
        <source>Malen må ha et navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="465"/>
        <source>En annen mal har alt dette navnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="466"/>
        <source>Kampanjen finnes ikke lenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="471"/>
        <source>emnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="471"/>
        <source>teksten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="474"/>
        <source>{0}, linje {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="476"/>
        <source>Ukjent flettefelt {0} i {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="478"/>
        <source>Krøllparentes uten make i {0}: skriv {{{{ og }}}} for en vanlig krøllparentes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="481"/>
        <source>Både emne og tekst må fylles ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="483"/>
        <source>Flettefeltene som finnes: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="511"/>
        <source>ikke aktiv, får ikke brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="518"/>
        <source>konkurs registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="519"/>
        <source>tvangsavvikling registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="520"/>
        <source>avvikling registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="521"/>
        <source>slettet fra Enhetsregisteret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="543"/>
        <source>&lt;p&gt;Kampanjen har ingen målbedrifter å vise brevet for.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="560"/>
        <source>Forhåndsvisningen kunne ikke lages: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="580"/>
        <source>Bedriften er ikke lenger aktiv i Enhetsregisteret ({0}): den får ikke brev, og står i fila ikke-sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="575"/>
        <source>Tomt i dette brevet: {0}. Fyll inn avsender og jegernes kontaktinfo før brevene lages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="594"/>
        <source>Bedriften har ingen brukbar postadresse: den får ikke brev i posten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="596"/>
        <source>Svarkode: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="617"/>
        <source>(ukjent bruker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="636"/>
        <source>Lagret for {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="648"/>
        <source>Mappe for brevene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="661"/>
        <source>Velg minst én utskrift: PDF, e-post eller CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="664"/>
        <source>Velg en mappe brevene skal lagres i.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="685"/>
        <source>Lager brevene …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="694"/>
        <source>Avbryter …</source>
        <translation type="unfinished">Avbryter …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="703"/>
        <source>Leser målbedriftene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="704"/>
        <source>Utskrifts-PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="705"/>
        <source>PDF per bedrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="706"/>
        <source>E-postutkast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="707"/>
        <source>CSV til postutsending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="708"/>
        <source>Markerer brev sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="729"/>
        <source>Ingen brev er laget: {0}. Fyll inn avsender og jegernes kontaktinfo og lag brevene, eller lag dem likevel med tomme felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="736"/>
        <source>Avbrutt. Ingen filer er lagret, og ingen bedrifter er merket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="738"/>
        <source>Ferdig: {0} brev ({1} sider) til utskrift, {2} PDF-er per bedrift, {3} e-postutkast, {4} rader til postutsending. Lagret i {5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="743"/>
        <source>{0} av sidene er tomme baksider, for tosidig utskrift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="746"/>
        <source>Med tomme felt: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="748"/>
        <source>Merket brev sendt: {0} i posten, {1} på e-post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="756"/>
        <source>{0} i %n brev</source>
        <translation>
            <numerusform>{0} i %n brev</numerusform>
            <numerusform>{0} i %n brev</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="757"/>
        <source>tomt flettefelt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="761"/>
        <source>mangler postadresse (fikk e-post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="762"/>
        <source>mangler e-postadresse (fikk brev i posten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="763"/>
        <source>mangler både postadresse og e-post: fikk ikke brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="774"/>
        <source>ikke lenger aktiv i Enhetsregisteret ({0}): fikk ikke brev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="782"/>
        <source>{0} bedrifter er ikke lenger aktive i Enhetsregisteret (konkurs, avvikling eller slettet) og fikk ikke brev; de står i lista under og i fila ikke-sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="786"/>
        <source>{0} bedrifter mangler adresse for noe av det du valgte; de står i lista under og i fila uten-adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/letter_dialog.py" line="794"/>
        <source>Brevene ble ikke laget: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="47"/>
        <source>Logg inn på server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="51"/>
        <source>f.eks. https://lpj.okn.no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="60"/>
        <source>Logger inn …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="64"/>
        <source>&amp;Serveradresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="65"/>
        <source>&amp;Brukernavn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="66"/>
        <source>&amp;Passord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="67"/>
        <source>Logg inn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="85"/>
        <source>Skriv hele serveradressen, med https:// foran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="87"/>
        <source>Skriv brukernavnet ditt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="89"/>
        <source>Skriv passordet ditt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/login_dialog.py" line="131"/>
        <source>Innloggingen mislyktes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="99"/>
        <source>Læreplassjeger – eksempeldata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="100"/>
        <source>Læreplassjeger</source>
        <translation>Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="121"/>
        <source>Fortsett på utkastet</source>
        <translation>Fortsett på utkastet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="123"/>
        <source>Forkast</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="133"/>
        <source>Eksempeldata: oppdiktede besøk i en egen database. Ingenting her synkroniseres. Fil → «Bytt til din egen database» når du vil begynne for alvor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="156"/>
        <source>Ikke koblet til server</source>
        <translation>Ikke koblet til server</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="173"/>
        <source>Bedrifter</source>
        <translation>Bedrifter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="174"/>
        <source>Bedrift</source>
        <translation>Bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="175"/>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="176"/>
        <source>Mine mål</source>
        <translation>Mine mål</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="348"/>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="368"/>
        <source>&amp;Registrer</source>
        <translation>&amp;Registrer</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="349"/>
        <source>&amp;Ny bedrift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="177"/>
        <source>Arrangementer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="351"/>
        <source>&amp;Importer fra Enhetsregisteret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="354"/>
        <source>&amp;Bytt til din egen database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="358"/>
        <source>&amp;Prøv med eksempeldata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="361"/>
        <source>&amp;Start med en ny, tom database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="365"/>
        <source>&amp;Avslutt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="369"/>
        <source>Nytt &amp;besøk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="372"/>
        <source>Nytt &amp;arrangement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="374"/>
        <source>Nytt &amp;notat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="376"/>
        <source>Legg &amp;ved filer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="379"/>
        <source>&amp;Søk etter bedrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="382"/>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="383"/>
        <source>Verk&amp;tøy</source>
        <translation>Verk&amp;tøy</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="385"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="395"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="396"/>
        <source>Hurtigtaster</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="397"/>
        <location filename="../../lpj_desktop/ui/main_window.py" line="434"/>
        <source>Om Læreplassjeger</source>
        <translation>Om Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="416"/>
        <source>På denne siden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="416"/>
        <source>Andre hurtigtaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="435"/>
        <source>Læreplassjeger {0}
Datamappe: {1}</source>
        <translation>Læreplassjeger {0}
Datamappe: {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="440"/>
        <source>Språket endres neste gang du starter appen.</source>
        <translation>Språket endres neste gang du starter appen.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="451"/>
        <source>Åpne en bedrift først; filene legges ved den (eller et besøk på den).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="555"/>
        <source>Besøket er lagret.</source>
        <translation>Besøket er lagret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/main_window.py" line="593"/>
        <source>Arrangementet er lagret for %n bedrift(er).</source>
        <translation>
            <numerusform>Arrangementet er lagret for %n bedrift.</numerusform>
            <numerusform>Arrangementet er lagret for %n bedrifter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="622"/>
        <source>ukjent bedrift</source>
        <translation>ukjent bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="623"/>
        <source>Du har et besøk som ikke er lagret ({0}, skrevet {1}).</source>
        <translation>Du har et besøk som ikke er lagret ({0}, skrevet {1}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/main_window.py" line="625"/>
        <source>%n utkast til venter etter dette.</source>
        <translation>
            <numerusform>%n utkast til venter etter dette.</numerusform>
            <numerusform>%n utkast til venter etter dette.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="684"/>
        <source>Lukke uten å lagre?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="685"/>
        <source>Endringene på bedriften er ikke lagret: {0}

Lukke likevel?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="178"/>
        <source>Flytt oppfølging</source>
        <translation>Flytt oppfølging</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="183"/>
        <source>Flytt</source>
        <translation>Flytt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="187"/>
        <source>Ny frist:</source>
        <translation>Ny frist:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="653"/>
        <source>Nytt notat</source>
        <translation>Nytt notat</translation>
    </message>
</context>
<context>
    <name>PlaceRow</name>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="56"/>
        <source>Fag</source>
        <translation>Fag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="80"/>
        <source>%n plass(er)</source>
        <translation>
            <numerusform>%n plass</numerusform>
            <numerusform>%n plasser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="65"/>
        <source>Fjern</source>
        <translation>Fjern</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="21"/>
        <source>Teksten ser ut til å inneholde et fødselsnummer ({0}).</source>
        <translation>Teksten ser ut til å inneholde et fødselsnummer ({0}).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="27"/>
        <source>Teksten nevner noe som kan være helseopplysninger ({0}).</source>
        <translation>Teksten nevner noe som kan være helseopplysninger ({0}).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="34"/>
        <source>Slike opplysninger om personer skal ikke lagres her. Rett teksten, eller lagre på nytt for å lagre likevel.</source>
        <translation>Slike opplysninger om personer skal ikke lagres her. Rett teksten, eller lagre på nytt for å lagre likevel.</translation>
    </message>
</context>
<context>
    <name>RecordFiles</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="35"/>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="83"/>
        <source>Vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="49"/>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="91"/>
        <source>Ingen vedlegg ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="51"/>
        <source>Legg ved …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="83"/>
        <source>Vedlegg ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="89"/>
        <source>Legg ved bilder eller dokumenter ({0}). Du kan også dra filer hit, eller lime inn et bilde med Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/record_files.py" line="131"/>
        <source>Utklippstavlen har ikke noe bilde eller noen fil å legge ved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusalReport</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/refusals.py" line="34"/>
        <source>«{0}»: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/refusals.py" line="36"/>
        <source>… og {0} til.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/refusals.py" line="37"/>
        <source>Ikke lagt ved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectionsPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="273"/>
        <source>Avviste endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="276"/>
        <source>Serveren tok ikke imot disse endringene. De andre endringene dine er sendt som vanlig. Rett opp og send på nytt, eller forkast endringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="279"/>
        <source>Ingen avviste endringer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="281"/>
        <source>Når</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="281"/>
        <source>Endring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="281"/>
        <source>Gjelder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="281"/>
        <source>Grunn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="287"/>
        <source>Åpne for å rette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="289"/>
        <source>Send på &amp;nytt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="291"/>
        <source>&amp;Forkast …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="362"/>
        <source>Grunn: {0}</source>
        <translation type="unfinished">Grunn: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="366"/>
        <source>Dette kan ikke rettes her; forkast endringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="367"/>
        <source>Endringen var: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="392"/>
        <source>«{0}» kom aldri fram til serveren og blir fjernet fra denne maskinen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="393"/>
        <source>Feltene i «{0}» får tilbake verdiene serveren har.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="394"/>
        <source>«{0}» blir ikke slettet likevel og vises igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="395"/>
        <source>Konflikten om «{0}» blir åpen igjen, så du kan velge på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="397"/>
        <source>Forkast endringen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="415"/>
        <source>Andre oppføringer (%n) peker på denne. Forkast dem først, eller rett den og send på nytt.</source>
        <translation>
            <numerusform>%n annen oppføring peker på denne. Forkast den først, eller rett denne og send på nytt.</numerusform>
            <numerusform>%n andre oppføringer peker på denne. Forkast dem først, eller rett denne og send på nytt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="418"/>
        <source>Oppføringen finnes ikke lenger på denne maskinen; endringen kan bare forkastes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="420"/>
        <source>Endringen er ikke avvist lenger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutHelp</name>
    <message>
        <location filename="../../lpj_desktop/ui/shortcut_help.py" line="23"/>
        <source>Hurtigtaster</source>
        <translation type="unfinished">Hurtigtaster</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="40"/>
        <source>Søk etter bedrift</source>
        <translation type="unfinished">Søk etter bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="41"/>
        <source>Nytt besøk (for bedriften som er åpen; et besøk du ikke lagret, kommer tilbake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="43"/>
        <source>Nytt arrangement med mange bedrifter</source>
        <translation type="unfinished">Nytt arrangement med mange bedrifter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="45"/>
        <source>Nytt notat på bedriften som er åpen</source>
        <translation type="unfinished">Nytt notat på bedriften som er åpen</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="47"/>
        <source>Ny bedrift (ikke i registeret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="49"/>
        <source>Bedrifter</source>
        <translation type="unfinished">Bedrifter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="50"/>
        <source>Bedriften som er åpen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="51"/>
        <source>Oppfølging</source>
        <translation type="unfinished">Oppfølging</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="52"/>
        <source>Mine mål</source>
        <translation type="unfinished">Mine mål</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="53"/>
        <source>Arrangementer (med vedleggene deres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="55"/>
        <source>Konflikter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="56"/>
        <source>Avviste endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="57"/>
        <source>Besøkshistorikk (ansatte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="59"/>
        <source>Kampanjer (ansatte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="61"/>
        <source>Tall og diagrammer (ansatte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="63"/>
        <source>Produksjonsmål (ansatte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="65"/>
        <source>Overføre arbeid fra en læreplassjeger til andre (ansatte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="67"/>
        <source>Legg ved filer på bedriften som er åpen (eller besøket som er valgt) eller arrangementet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="70"/>
        <source>Synkroniser nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="71"/>
        <source>Denne oversikten</source>
        <translation type="unfinished">Denne oversikten</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="72"/>
        <source>Avslutt</source>
        <translation type="unfinished">Avslutt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="73"/>
        <source>Lagre skjemaet (besøk, arrangement, notat, bedrift, kontaktperson …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="75"/>
        <source>Lukk skjemaet (det du har skrevet, tas vare på som utkast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="77"/>
        <source>Til neste felt i skjemaet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="78"/>
        <source>Fra søket ned i listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="79"/>
        <source>Åpne bedriften, besøket eller oppfølgingen som er valgt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="81"/>
        <source>Merk oppfølgingen som utført</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="82"/>
        <source>Lim inn et bilde som vedlegg (i historikken og vedleggene til en bedrift)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="84"/>
        <source>Forrige vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="86"/>
        <source>Neste vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="87"/>
        <source>Åpne vedlegget i maskinens eget program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="89"/>
        <source>Lagre en kopi av vedlegget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/shortcuts.py" line="91"/>
        <source>Fjern vedlegget (bare ditt eget)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffLabels</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="30"/>
        <source>Læreplass tilbudt</source>
        <translation type="unfinished">Læreplass tilbudt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="31"/>
        <source>Lærekontrakt signert</source>
        <translation type="unfinished">Lærekontrakt signert</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="23"/>
        <source>Målbedrifter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="24"/>
        <source>Kontaktet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="25"/>
        <source>Nådd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="26"/>
        <source>Interessert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="27"/>
        <source>Avtalt oppfølging</source>
        <translation type="unfinished">Avtalt oppfølging</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="28"/>
        <source>Søker godkjenning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="29"/>
        <source>Godkjent lærebedrift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="49"/>
        <source>Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="51"/>
        <source>Organisasjonsnummeret skal bare ha sifre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="52"/>
        <source>Organisasjonsnummeret skal ha 9 sifre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="54"/>
        <source>Organisasjonsnummeret mangler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="58"/>
        <source>Tom linje.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="62"/>
        <source>Samme bedrift og kontakt står tidligere i fila.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="63"/>
        <source>Bedriften finnes ikke i registeret ditt. Importer Enhetsregisteret eller legg den til for hånd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="65"/>
        <source>Verken organisasjonsnummer eller bedriftsnavn er fylt ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="67"/>
        <source>Flere bedrifter har dette navnet; oppgi organisasjonsnummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="69"/>
        <source>Bedriften finnes allerede.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="70"/>
        <source>Bedriftsnavnet mangler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="71"/>
        <source>E-postadressen er ikke gyldig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="72"/>
        <source>Telefonnummeret har for få sifre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="73"/>
        <source>Verken e-post eller telefon er oppgitt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="74"/>
        <source>Raden inneholder et fødselsnummer. Slike opplysninger skal ikke lagres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="76"/>
        <source>Ingen læreplassjeger å gi oppfølgingen til: velg en jeger for importen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="78"/>
        <source>Lærefag mangler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="79"/>
        <source>Antall lærlinger kan ikke knyttes til hvert fag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="81"/>
        <source>Antall lærlinger er ikke et tall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="82"/>
        <source>Skriv et navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="83"/>
        <source>Sluttdatoen er før startdatoen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="84"/>
        <source>Tallet kan ikke være negativt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="85"/>
        <source>Velg en jeger eller et team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="86"/>
        <source>Sett minst ett mål over null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="87"/>
        <source>Fila mangler nødvendige kolonner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/labels.py" line="88"/>
        <source>Fila kan ikke leses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="39"/>
        <source>Denne siden er bare for ansatte i opplæringskontoret eller fylket. Kontoen din har rollen læreplassjeger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="75"/>
        <source>Avbryt</source>
        <translation type="unfinished">Avbryt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="112"/>
        <source>Det gikk ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="113"/>
        <source>Arbeidet stoppet: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/base.py" line="122"/>
        <source>Lager {0} …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPages</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="62"/>
        <source>Besøkshistorikk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="63"/>
        <source>Kampanjer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="64"/>
        <source>Tall og diagrammer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="65"/>
        <source>Produksjonsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/pages.py" line="66"/>
        <source>Overføre arbeid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreWrites</name>
    <message>
        <location filename="../../lpj_desktop/ui/store_writes.py" line="32"/>
        <source>Synkroniseringen skriver akkurat nå; lagres av seg selv om et øyeblikk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="72"/>
        <source>Du er ikke logget inn på serveren. Logg inn for å synkronisere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="74"/>
        <source>Denne versjonen av appen er for gammel for serveren. Oppdater appen; endringene dine er tatt vare på og sendes etter oppdateringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="48"/>
        <source>«{url}» er ikke en serveradresse (den skal begynne med https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="50"/>
        <source>Fikk ikke kontakt med serveren. Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="53"/>
        <source>Fikk ikke kontakt med serveren (ingen forbindelse). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="56"/>
        <source>Fikk ikke kontakt med serveren (serveren svarte ikke i tide). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="59"/>
        <source>Fikk ikke kontakt med serveren (forbindelsen ble brutt underveis). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="62"/>
        <source>Fikk ikke kontakt med serveren (serveren er ikke tilgjengelig, HTTP {status}). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="65"/>
        <source>Fikk ikke kontakt med serveren (serveren svarer for sakte). Endringene dine er lagret på maskinen og sendes neste gang det er nett.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="68"/>
        <source>Serverens sertifikat kunne ikke kontrolleres ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="70"/>
        <source>Forespørselen til serveren mislyktes: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="77"/>
        <source>Serveren er eldre enn denne versjonen av appen og forstår den ikke. Be den som drifter serveren om å oppdatere den; endringene dine er tatt vare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="80"/>
        <source>Feil brukernavn eller passord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="81"/>
        <source>For mange forsøk på å logge inn. Vent litt og prøv igjen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="83"/>
        <source>Innloggingen er utløpt eller trukket tilbake. Logg inn på nytt; endringene dine er tatt vare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="86"/>
        <source>Serveren svarte med en feil: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="88"/>
        <source>Serverens svar stemmer ikke med det som ble sendt. Ingenting er merket som sendt; endringene dine er tatt vare på og sendes på nytt senere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="91"/>
        <source>Serveren sendte et svar på over {limit} MB, mer enn appen tar imot, og det ble ikke lest. Endringene dine er tatt vare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="94"/>
        <source>Denne maskinen har {waiting} endringer fra {username} som ikke er sendt til serveren ennå. Logg inn som {username} og synkroniser først, slik at ingen endringer sendes i en annens navn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="104"/>
        <source>Synkroniseringen stoppet på grunn av en feil i appen: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="116"/>
        <source>Last ned den nye versjonen: {download_url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="87"/>
        <source>Serveren svarte med noe appen ikke forstår.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="98"/>
        <source>Serveren kjenner denne maskinen under en annen bruker. Logg inn på nytt; endringene dine er tatt vare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="101"/>
        <source>Denne databasen inneholder demodata (oppdiktede besøk) og kan ikke synkroniseres med en server. Start med en ny database for ekte arbeid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="106"/>
        <source>Synkroniseringen ble avbrutt. Det som var ferdig er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/sync_client/messages.py" line="108"/>
        <source>Serveren er satt tilbake fra en sikkerhetskopi. Endringene den manglet fra denne maskinen er sendt på nytt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="20"/>
        <source>Navn</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="21"/>
        <source>Organisasjonsnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="22"/>
        <source>Organisasjonsform</source>
        <translation type="unfinished">Organisasjonsform</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="23"/>
        <source>Næringskode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="24"/>
        <source>Ansatte</source>
        <translation type="unfinished">Ansatte</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="25"/>
        <source>Nettside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="26"/>
        <source>Forretningsadresse</source>
        <translation type="unfinished">Forretningsadresse</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="27"/>
        <source>Postnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="28"/>
        <source>Poststed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="29"/>
        <source>Postadresse</source>
        <translation type="unfinished">Postadresse</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="30"/>
        <source>Kommune</source>
        <translation type="unfinished">Kommune</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="31"/>
        <source>Lærebedriftstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="32"/>
        <source>Godkjente fag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="33"/>
        <source>Fag de er interessert i</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="34"/>
        <source>Stikkord</source>
        <translation type="unfinished">Stikkord</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="35"/>
        <source>Ansvarlig læreplassjeger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="36"/>
        <source>Telefon</source>
        <translation type="unfinished">Telefon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="37"/>
        <source>E-post</source>
        <translation type="unfinished">E-post</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="38"/>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="45"/>
        <source>Notater</source>
        <translation type="unfinished">Notater</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="39"/>
        <source>Rolle</source>
        <translation type="unfinished">Rolle</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="40"/>
        <source>Hva som skal gjøres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="41"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="42"/>
        <source>Frist</source>
        <translation type="unfinished">Frist</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="43"/>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="44"/>
        <source>Tildelt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="46"/>
        <source>Startdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="47"/>
        <source>Sluttdato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="48"/>
        <source>Beskrivelse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="49"/>
        <source>Brev sendt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="50"/>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="67"/>
        <source>Besøk</source>
        <translation type="unfinished">Besøk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="51"/>
        <source>Avtaler</source>
        <translation type="unfinished">Avtaler</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="52"/>
        <source>Plasser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="53"/>
        <source>Tidspunkt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="54"/>
        <source>Utfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="55"/>
        <source>Kontaktform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="56"/>
        <source>Neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="57"/>
        <source>Dato for neste steg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="58"/>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="65"/>
        <source>Bedrift</source>
        <translation type="unfinished">Bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="66"/>
        <source>Kontaktperson</source>
        <translation type="unfinished">Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="68"/>
        <source>Arrangement</source>
        <translation type="unfinished">Arrangement</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="69"/>
        <source>Notat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="70"/>
        <source>Oppfølging</source>
        <translation type="unfinished">Oppfølging</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="71"/>
        <source>Kampanje</source>
        <translation type="unfinished">Kampanje</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="72"/>
        <source>Kampanjemottaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="73"/>
        <source>Produksjonsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="74"/>
        <source>Overføring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="75"/>
        <source>Vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="84"/>
        <source>Ny bedrift</source>
        <translation type="unfinished">Ny bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="85"/>
        <source>Ny kontaktperson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="86"/>
        <source>Nytt besøk</source>
        <translation type="unfinished">Nytt besøk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="87"/>
        <source>Nytt arrangement</source>
        <translation type="unfinished">Nytt arrangement</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="88"/>
        <source>Nytt notat</source>
        <translation type="unfinished">Nytt notat</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="89"/>
        <source>Ny oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="90"/>
        <source>Ny kampanje</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="91"/>
        <source>Ny kampanjemottaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="92"/>
        <source>Nytt produksjonsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="93"/>
        <source>Ny overføring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="94"/>
        <source>Nytt vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="97"/>
        <source>Endring av {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="99"/>
        <source>Sletting av {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="101"/>
        <source>Valg i konflikt om {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="108"/>
        <source>Serveren godtok ikke en av verdiene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="109"/>
        <source>Et felt som må fylles ut, mangler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="110"/>
        <source>Bare den som registrerte dette, kan endre det.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="111"/>
        <source>Bare ansatte ved kontoret kan gjøre denne endringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="112"/>
        <source>Dette tilhører en annen organisasjon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="113"/>
        <source>Serveren kjenner ikke denne oppføringen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="114"/>
        <source>Oppføringen er slettet på serveren og blir ikke gjenopprettet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="116"/>
        <source>Serveren har allerede en annen oppføring med samme id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="117"/>
        <source>Den viser til noe serveren ikke har, for eksempel et firma eller en kontaktperson som aldri ble sendt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="120"/>
        <source>Serveren kjenner ikke denne typen oppføring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="121"/>
        <source>Serveren kjenner ikke denne typen endring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="124"/>
        <source>Serveren sa ikke hvorfor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="130"/>
        <source>Serverens melding: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="142"/>
        <source>{0} som ikke finnes på denne maskinen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="153"/>
        <source>{0} hos {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="160"/>
        <source>(tomt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="172"/>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="60"/>
        <source>Ja</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/labels.py" line="172"/>
        <location filename="../../lpj_desktop/ui/sync/pages.py" line="61"/>
        <source>Nei</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="33"/>
        <source>kobler til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="35"/>
        <source>sender {0} av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="36"/>
        <source>sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="38"/>
        <source>henter alt: {0} av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="39"/>
        <source>henter alt: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="41"/>
        <source>gjør klar søk og oversikter: steg {0} av {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="44"/>
        <source>henter {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="45"/>
        <source>Synkroniserer … ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="51"/>
        <source>%n endring(er) venter</source>
        <translation>
            <numerusform>%n endring venter</numerusform>
            <numerusform>%n endringer venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="53"/>
        <source>%n konflikt(er)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="55"/>
        <source>%n avvist</source>
        <translation>
            <numerusform>%n avvist</numerusform>
            <numerusform>%n avviste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="64"/>
        <source>Sist synkronisert {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="67"/>
        <source>Ikke synkronisert ennå.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="69"/>
        <source>Synkroniserer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="71"/>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="76"/>
        <source>Logg inn på nytt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="72"/>
        <source>Ikke koblet til server</source>
        <translation type="unfinished">Ikke koblet til server</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="73"/>
        <source>Klikk for å logge inn. Endringene dine er lagret på denne maskinen og sendes når du er logget inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="78"/>
        <source>Appen må oppdateres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="80"/>
        <source>Frakoblet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="82"/>
        <source>Synkronisering feilet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="84"/>
        <source>Synkronisert kl. {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="86"/>
        <source>Ikke synkronisert ennå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/status_bar.py" line="96"/>
        <source>Ingenting er tapt: endringene sendes når serveren svarer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="74"/>
        <source>Synkroniser nå</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="77"/>
        <source>Logg inn på server …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="79"/>
        <source>Logg ut …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="97"/>
        <source>Konflikter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="98"/>
        <source>Avviste endringer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="131"/>
        <source>Logget ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="134"/>
        <source>Eksempeldata: synkroniseres ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="135"/>
        <source>Fil → «Bytt til din egen database» for å logge inn og synkronisere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="177"/>
        <source>Synkroniseringen er allerede i gang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="186"/>
        <source>Synkronisert: {0} sendt, {1} hentet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/register.py" line="188"/>
        <source>%n endring(er) ble avvist.</source>
        <translation>
            <numerusform>%n endring ble avvist.</numerusform>
            <numerusform>%n endringer ble avvist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/register.py" line="190"/>
        <source>%n ny(e) konflikt(er).</source>
        <translation>
            <numerusform>%n ny konflikt.</numerusform>
            <numerusform>%n nye konflikter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="220"/>
        <source>Ikke logget ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="220"/>
        <source>Synkroniseringen ble ikke ferdig, så du er fortsatt logget inn. Endringene dine er tatt vare på.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="301"/>
        <source>Innloggingen huskes ikke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="302"/>
        <source>Du er logget inn. Synkroniserer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="313"/>
        <source>Du er ikke logget inn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="340"/>
        <source>Du er logget ut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="344"/>
        <source>Logg ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/register.py" line="344"/>
        <source>%n endring(er) er ikke sendt til serveren ennå. Vil du synkronisere først?</source>
        <translation>
            <numerusform>%n endring er ikke sendt til serveren ennå. Vil du synkronisere først?</numerusform>
            <numerusform>%n endringer er ikke sendt til serveren ennå. Vil du synkronisere først?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="347"/>
        <source>Synkroniser og logg ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="349"/>
        <source>Logg ut uten å sende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="358"/>
        <source>Logge ut uten å sende?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/sync/register.py" line="359"/>
        <source>%n endring(er) blir liggende usendt på denne maskinen. De sendes først når du logger inn igjen med samme bruker; ingen andre kan logge inn her før det. Logge ut likevel?</source>
        <translation>
            <numerusform>%n endring blir liggende usendt på denne maskinen. De sendes først når du logger inn igjen med samme bruker; ingen andre kan logge inn her før det. Logge ut likevel?</numerusform>
            <numerusform>%n endringer blir liggende usendt på denne maskinen. De sendes først når du logger inn igjen med samme bruker; ingen andre kan logge inn her før det. Logge ut likevel?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/sync/register.py" line="363"/>
        <source>Logg ut likevel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetFilterDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="31"/>
        <source>Målbedrifter fra filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="32"/>
        <source>Alle</source>
        <translation type="unfinished">Alle</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="55"/>
        <source>Bare aktive bedrifter (ikke konkurs, avviklet eller slettet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="59"/>
        <source>Fylke</source>
        <translation type="unfinished">Fylke</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="60"/>
        <source>Kommune</source>
        <translation type="unfinished">Kommune</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="61"/>
        <source>Lærebedriftstatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="62"/>
        <source>Trinn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="63"/>
        <source>Lærefag (godkjent eller interessert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="66"/>
        <source>Legg til som mål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="67"/>
        <source>Avbryt</source>
        <translation type="unfinished">Avbryt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/staff/target_filter_dialog.py" line="90"/>
        <source>{0} bedrifter passer med filteret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="139"/>
        <source>Ingen kontakt registrert ennå. Trykk Ctrl+N for å registrere et besøk.</source>
        <translation type="unfinished">Ingen kontakt registrert ennå. Trykk Ctrl+N for å registrere et besøk.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="167"/>
        <source>Enhetsregisteret · {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="169"/>
        <source>Nytt navn: {0} (før: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="170"/>
        <source>Ny forretningsadresse: {0} (før: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="171"/>
        <source>Ny postadresse: {0} (før: {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="176"/>
        <source>Konkurs registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="177"/>
        <source>Tvangsavvikling registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="178"/>
        <source>Avvikling registrert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="179"/>
        <source>Slettet fra registeret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="188"/>
        <source>forfalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="189"/>
        <source>Oppfølging {0} · {1}: {2}</source>
        <translation type="unfinished">Oppfølging {0} · {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="196"/>
        <source>Notat · {0} · {1}</source>
        <translation type="unfinished">Notat · {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="210"/>
        <source>Arrangement: {0} ({1})</source>
        <translation type="unfinished">Arrangement: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="215"/>
        <source>Grunn: {0}</source>
        <translation type="unfinished">Grunn: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="219"/>
        <source>Kontakt: {0}</source>
        <translation type="unfinished">Kontakt: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="220"/>
        <source>(slettet)</source>
        <translation type="unfinished">(slettet)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="224"/>
        <source>Fag: {0}</source>
        <translation type="unfinished">Fag: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="227"/>
        <source>Plasser: {0}</source>
        <translation type="unfinished">Plasser: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="237"/>
        <source>Neste steg: {0} ({1})</source>
        <translation type="unfinished">Neste steg: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="240"/>
        <source>Vedlegg: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="248"/>
        <source>Vedlegg · {0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="259"/>
        <source>Overføring angret: tilbake fra {0} til {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="263"/>
        <source>Overført fra {0} til {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="265"/>
        <source>Oppfølginger overført fra {0} til {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="274"/>
        <source>1 åpen oppfølging fulgte med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="276"/>
        <source>1 åpen oppfølging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="281"/>
        <source>{0} åpne oppfølginger fulgte med</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="283"/>
        <source>{0} åpne oppfølginger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/timeline_model.py" line="287"/>
        <source>av {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpdateNoticeWidget</name>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="43"/>
        <source>Skjul meldingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="49"/>
        <source>Last ned ny versjon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="61"/>
        <source>Versjon {latest} av lpj-desktop er klar (du har {current}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="65"/>
        <source>Last ned versjon {latest}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="69"/>
        <source>Spør den som drifter serveren hvor du får den.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/update_notice.py" line="72"/>
        <source>Dataene dine blir med over når du installerer den nye versjonen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="113"/>
        <source>Nytt besøk</source>
        <translation>Nytt besøk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="119"/>
        <source>Skriv navn eller org.nr. og velg fra listen</source>
        <translation>Skriv navn eller org.nr. og velg fra listen</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="131"/>
        <source>f.eks. Elektrikerfaget, Tømrerfaget</source>
        <translation>f.eks. Elektrikerfaget, Tømrerfaget</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="134"/>
        <source>— velg utfall —</source>
        <translation>— velg utfall —</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="139"/>
        <source>Hvorfor ikke? (valgfritt)</source>
        <translation>Hvorfor ikke? (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="143"/>
        <source>Legg til læreplass</source>
        <translation>Legg til læreplass</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="160"/>
        <source>Hva skjedde? Ikke skriv fødselsnummer eller helseopplysninger.</source>
        <translation>Hva skjedde? Ikke skriv fødselsnummer eller helseopplysninger.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="164"/>
        <source>f.eks. Ring tilbake om lærlingtilskudd</source>
        <translation>f.eks. Ring tilbake om lærlingtilskudd</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="167"/>
        <source>dato, f.eks. 15.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="170"/>
        <source>innen</source>
        <translation>innen</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="200"/>
        <source>Ny bedrift…</source>
        <translation>Ny bedrift…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="202"/>
        <source>Legg inn en bedrift som ikke finnes i registeret</source>
        <translation>Legg inn en bedrift som ikke finnes i registeret</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="208"/>
        <source>&amp;Bedrift</source>
        <translation>&amp;Bedrift</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="209"/>
        <source>&amp;Når</source>
        <translation>&amp;Når</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="210"/>
        <source>&amp;Kanal</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="211"/>
        <source>Kontakt&amp;person</source>
        <translation>Kontakt&amp;person</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="212"/>
        <source>&amp;Fag drøftet</source>
        <translation>&amp;Fag drøftet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="213"/>
        <source>&amp;Utfall</source>
        <translation>&amp;Utfall</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="214"/>
        <source>&amp;Grunn</source>
        <translation>&amp;Grunn</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="215"/>
        <source>Tilbudte pl&amp;asser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="216"/>
        <source>N&amp;otater</source>
        <translation>N&amp;otater</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="217"/>
        <source>Neste &amp;steg</source>
        <translation>Neste &amp;steg</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="223"/>
        <source>Velg filer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="227"/>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="537"/>
        <source>Ingen</source>
        <translation type="unfinished">Ingen</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="233"/>
        <source>&amp;Vedlegg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="237"/>
        <source>Lagre (Ctrl+Enter)</source>
        <translation>Lagre (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="242"/>
        <source>Forkast</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="243"/>
        <source>Lukk og slett utkastet</source>
        <translation>Lukk og slett utkastet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="244"/>
        <source>Lukk, behold utkast</source>
        <translation>Lukk, behold utkast</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="277"/>
        <source>Rett besøk</source>
        <translation>Rett besøk</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="288"/>
        <source>Et besøk du ikke lagret, er hentet fram. «Forkast» sletter det og gir et tomt skjema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="314"/>
        <source>(ingen bestemt)</source>
        <translation>(ingen bestemt)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="412"/>
        <source>Utkastet kunne ikke lagres på disk: {0}</source>
        <translation>Utkastet kunne ikke lagres på disk: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="482"/>
        <source>Synkroniseringen skriver til databasen akkurat nå. Besøket lagres av seg selv om et øyeblikk – vinduet lukkes når det er lagret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="527"/>
        <source>Bildet kunne ikke lagres på disk: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="540"/>
        <source>%n fil(er): {0}. Legges ved når besøket er lagret.</source>
        <translation>
            <numerusform>%n fil: {0}. Legges ved når besøket er lagret.</numerusform>
            <numerusform>%n filer: {0}. Legges ved når besøket er lagret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="60"/>
        <source>Velkommen til Læreplassjegeren</source>
        <translation>Velkommen til Læreplassjegeren</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="67"/>
        <source>Her holder du oversikt over bedriftene du besøker, hva som ble avtalt og hva som skal skje videre. Alt lagres på maskinen din og virker uten nett.</source>
        <translation>Her holder du oversikt over bedriftene du besøker, hva som ble avtalt og hva som skal skje videre. Alt lagres på maskinen din og virker uten nett.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="77"/>
        <source>f.eks. Opplæringskontoret Nord</source>
        <translation>f.eks. Opplæringskontoret Nord</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="79"/>
        <source>valgfritt</source>
        <translation>valgfritt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="81"/>
        <source>1. Hvem er du?</source>
        <translation>1. Hvem er du?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="83"/>
        <source>&amp;Navn</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="85"/>
        <source>&amp;Organisasjon</source>
        <translation>&amp;Organisasjon</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="89"/>
        <source>2. Hent bedrifter</source>
        <translation>2. Hent bedrifter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="90"/>
        <source>Importer fra Enhetsregisteret…</source>
        <translation>Importer fra Enhetsregisteret…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="95"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="108"/>
        <source>Last ned «Enheter» eller «Underenheter» som CSV fra data.brreg.no og velg fila. Det du selv har lagt inn, blir aldri overskrevet av en ny import.</source>
        <translation>Last ned «Enheter» eller «Underenheter» som CSV fra data.brreg.no og velg fila. Det du selv har lagt inn, blir aldri overskrevet av en ny import.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="152"/>
        <source>%n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>%n bedrift i registeret ditt.</numerusform>
            <numerusform>%n bedrifter i registeret ditt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="166"/>
        <source>Velg fil fra Enhetsregisteret</source>
        <translation>Velg fil fra Enhetsregisteret</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="168"/>
        <source>Enhetsregisteret (*.csv *.json *.gz);;Alle filer (*)</source>
        <translation>Enhetsregisteret (*.csv *.json *.gz);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="178"/>
        <source>Import fra Enhetsregisteret finnes ikke i denne versjonen av appen.</source>
        <translation>Import fra Enhetsregisteret finnes ikke i denne versjonen av appen.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="181"/>
        <source>Importerer {0} …</source>
        <translation>Importerer {0} …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="201"/>
        <source>Avbryter …</source>
        <translation>Avbryter …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="218"/>
        <source>Avbrutt. Ingenting ble endret; %n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>Avbrutt. Ingenting ble endret; %n bedrift i registeret ditt.</numerusform>
            <numerusform>Avbrutt. Ingenting ble endret; %n bedrifter i registeret ditt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="227"/>
        <source>%n bedrift(er) hadde en tekst som var for lang og ble forkortet.</source>
        <translation>
            <numerusform>%n bedrift hadde en tekst som var for lang og ble forkortet.</numerusform>
            <numerusform>%n bedrifter hadde en tekst som var for lang og ble forkortet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="243"/>
        <source>Innlastingen stoppet: {0}. Ingenting ble endret.</source>
        <translation>Innlastingen stoppet: {0}. Ingenting ble endret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="220"/>
        <source>Ferdig. %n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>Ferdig. %n bedrift i registeret ditt.</numerusform>
            <numerusform>Ferdig. %n bedrifter i registeret ditt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="87"/>
        <source>T&amp;eam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="92"/>
        <source>Prøv med eksempeldata…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="93"/>
        <source>Åpner eksempeldata i en egen database; din egen forblir tom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="124"/>
        <source>&amp;Kom i gang</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="224"/>
        <source>%n rad(er) ble hoppet over fordi de var ugyldige.</source>
        <translation>
            <numerusform>%n rad ble hoppet over fordi den var ugyldig.</numerusform>
            <numerusform>%n rader ble hoppet over fordi de var ugyldige.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="251"/>
        <source>Skriv navnet ditt.</source>
        <translation>Skriv navnet ditt.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="254"/>
        <source>Skriv hvilken organisasjon du jobber for.</source>
        <translation>Skriv hvilken organisasjon du jobber for.</translation>
    </message>
</context>
<context>
    <name>WhenEdit</name>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="21"/>
        <source>mandag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="21"/>
        <source>tirsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="22"/>
        <source>onsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="22"/>
        <source>torsdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="23"/>
        <source>fredag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="23"/>
        <source>lørdag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="24"/>
        <source>søndag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="52"/>
        <source>f.eks. 15.3 kl. 10, i går kl. 14, i dag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="53"/>
        <source>f.eks. 15.3, 15.03.2026, i morgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/when_edit.py" line="122"/>
        <source>{0} {1} kl. {2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="53"/>
        <source>Velg filer å legge ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="58"/>
        <source>Se i:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="58"/>
        <source>Filnavn:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="59"/>
        <source>Filtype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="59"/>
        <source>Velg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="60"/>
        <source>Avbryt</source>
        <translation type="unfinished">Avbryt</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="64"/>
        <source>Bilder og dokumenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/attachments/attach_dialog.py" line="66"/>
        <source>Alle filer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

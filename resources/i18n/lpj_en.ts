<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name>AddCompanyDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="21"/>
        <source>Ny bedrift</source>
        <translation>New company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="27"/>
        <source>valgfritt, 9 sifre</source>
        <translation>optional, 9 digits</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="30"/>
        <source>f.eks. Alta</source>
        <translation>e.g. Alta</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="43"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="45"/>
        <source>&amp;Org.nr.</source>
        <translation>&amp;Org. no.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="47"/>
        <source>&amp;Kommune</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="49"/>
        <source>&amp;Telefon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/add_company_dialog.py" line="50"/>
        <source>&amp;E-post</source>
        <translation>&amp;Email</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../lpj_desktop/app.py" line="72"/>
        <source>Kan ikke åpne dataene</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/app.py" line="73"/>
        <source>Dataene i {0} er laget av en nyere versjon av Læreplassjeger. Installer den nyeste versjonen for å åpne dem. Ingenting er endret.</source>
        <translation>The data in {0} was made by a newer version of Læreplassjeger. Install the newest version to open it. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="49"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="49"/>
        <source>Org.nr.</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="49"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="50"/>
        <source>Bransje</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="50"/>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="51"/>
        <source>Lærebedrift</source>
        <translation>Training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="51"/>
        <source>Stadium</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="52"/>
        <source>Siste kontakt</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_model.py" line="174"/>
        <source>Ikke lenger aktiv i Enhetsregisteret (konkurs, avvikling eller slettet)</source>
        <translation>No longer active in the register (bankrupt, being wound up or deleted)</translation>
    </message>
</context>
<context>
    <name>CompanyListPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="46"/>
        <source>Søk på navn, sted eller organisasjonsnummer  (Ctrl+F)</source>
        <translation>Search by name, place or organisation number  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="69"/>
        <source> dager</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="70"/>
        <source>uansett</source>
        <translation>any time</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="71"/>
        <source>Vis nedlagte</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="72"/>
        <source>Nullstill filtre</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="100"/>
        <source>Fylke</source>
        <translation>County</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="100"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="101"/>
        <source>Lærebedrift</source>
        <translation>Training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="101"/>
        <source>Stadium</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="105"/>
        <source>Fag</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="105"/>
        <source>Eier</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="106"/>
        <source>Kampanje</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="107"/>
        <source>Ingen kontakt på</source>
        <translation>No contact for</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="134"/>
        <source>Søket feilet: {0}</source>
        <translation>The search failed: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="139"/>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="178"/>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="158"/>
        <source>Meg</source>
        <translation>Me</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/company_list_view.py" line="211"/>
        <source>%n bedrift(er)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="82"/>
        <source>Nytt besøk…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="83"/>
        <source>Registrer et besøk eller en annen kontakt (Ctrl+N)</source>
        <translation>Record a visit or another contact (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="84"/>
        <source>Nytt notat…</source>
        <translation>New note…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="91"/>
        <source>Fra Enhetsregisteret</source>
        <translation>From the Central Coordinating Register</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="104"/>
        <source>f.eks. kampanje2024, prioritet</source>
        <translation>e.g. campaign2024, priority</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="111"/>
        <source>Lagre endringer</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="116"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="117"/>
        <source>Godkjent i fag</source>
        <translation>Approved for trades</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="118"/>
        <source>Interessert i fag</source>
        <translation>Interested in trades</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="119"/>
        <source>Stikkord</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="120"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="121"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="258"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="122"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="259"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="123"/>
        <source>Notater</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="128"/>
        <source>Dine opplysninger</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="147"/>
        <source>Ny…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="148"/>
        <source>Endre…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="149"/>
        <source>Eksporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="150"/>
        <source>Slett personopplysninger…</source>
        <translation>Erase personal data…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="151"/>
        <source>Lagre alt appen vet om personen som en fil (innsyn etter GDPR)</source>
        <translation>Save everything the app knows about the person to a file (GDPR access)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="152"/>
        <source>Slett personen på forespørsel (GDPR); slettingen synkroniseres</source>
        <translation>Erase the person on request (GDPR); the erasure is synced</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="161"/>
        <source>Kontaktpersoner</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="172"/>
        <source>Historikk</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="200"/>
        <source>Velg en bedrift i listen for å se den her.</source>
        <translation>Choose a company in the list to see it here.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="230"/>
        <source>uten organisasjonsnummer</source>
        <translation>no organisation number</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="245"/>
        <source>Ikke lenger aktiv i Enhetsregisteret.</source>
        <translation>No longer active in the register.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="248"/>
        <source>Org.nr.</source>
        <translation>Org. no.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="249"/>
        <source>Organisasjonsform</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="251"/>
        <source>Bransje</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="252"/>
        <source>Ansatte</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="253"/>
        <source>Forretningsadresse</source>
        <translation>Business address</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="254"/>
        <source>Postadresse</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="255"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="257"/>
        <source>Hjemmeside</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="261"/>
        <source>Hovedenhet</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="263"/>
        <source>Lagt inn for hånd; ingen opplysninger fra registeret.</source>
        <translation>Added by hand; no details from the register.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="271"/>
        <source>Ingen</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="272"/>
        <source>Meg</source>
        <translation>Me</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="278"/>
        <source>Annen bruker</source>
        <translation>Another user</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="293"/>
        <source>Stadium: {0}</source>
        <translation>Stage: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="307"/>
        <source>Ingen kontakt registrert ennå. Trykk Ctrl+N for å registrere et besøk.</source>
        <translation>No contact recorded yet. Press Ctrl+N to record a visit.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="312"/>
        <source>Oppfølging {0} · {1}: {2}</source>
        <translation>Follow-up {0} · {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="315"/>
        <source>Notat · {0} · {1}</source>
        <translation>Note · {0} · {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="321"/>
        <source>Arrangement: {0} ({1})</source>
        <translation>Event: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="323"/>
        <source>Grunn: {0}</source>
        <translation>Reason: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="326"/>
        <source>Kontakt: {0}</source>
        <translation>Contact: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="326"/>
        <source>(slettet)</source>
        <translation>(erased)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="328"/>
        <source>Fag: {0}</source>
        <translation>Trades: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="330"/>
        <source>Plasser: {0}</source>
        <translation>Places: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="337"/>
        <source>Neste steg: {0} ({1})</source>
        <translation>Next step: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="355"/>
        <source>Lagret.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="355"/>
        <source>Ingen endringer.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="374"/>
        <source>Notatet ble ikke lagret</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="398"/>
        <source>Eksporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="398"/>
        <location filename="../../lpj_desktop/ui/company_page.py" line="413"/>
        <source>Velg en kontaktperson først.</source>
        <translation>Choose a contact person first.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="400"/>
        <source>Lagre personopplysninger</source>
        <translation>Save personal data</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="413"/>
        <source>Slett</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="416"/>
        <source>Slette personopplysninger?</source>
        <translation>Erase personal data?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="417"/>
        <source>Navn, rolle, telefon og e-post til personen slettes for godt, her og på serveren. Besøkene blir stående uten navnet. Vil du fortsette?</source>
        <translation>The person&apos;s name, role, phone and email are erased for good, here and on the server. The visits stay, without the name. Continue?</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="470"/>
        <source>Kontaktperson</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="472"/>
        <source>f.eks. daglig leder, fagansvarlig</source>
        <translation>e.g. managing director, training supervisor</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="475"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="475"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="476"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="476"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="28"/>
        <source>Noe gikk galt</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="30"/>
        <source>Det oppstod en uventet feil: {0}

Det du har lagret, er i behold. Send gjerne detaljene under til brukerstøtte.</source>
        <translation>An unexpected error happened: {0}

Everything you saved is kept. Please send the details below to support.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="33"/>
        <source>Loggfil: {0}</source>
        <translation>Log file: {0}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/error_dialog.py" line="40"/>
        <source>Kopier detaljer</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="42"/>
        <source>Nytt arrangement</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="47"/>
        <source>f.eks. Yrkesmesse i Alta</source>
        <translation>e.g. Careers fair in Alta</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="61"/>
        <source>Skriv navn og trykk Enter for å legge til</source>
        <translation>Type a name and press Enter to add</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="65"/>
        <source>Fjern valgt</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="73"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="75"/>
        <source>&amp;Type</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="76"/>
        <source>&amp;Når</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="77"/>
        <source>&amp;Utfall for alle</source>
        <translation>&amp;Outcome for all</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="78"/>
        <source>&amp;Legg til bedrift</source>
        <translation>&amp;Add company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="82"/>
        <source>Bedrifter til stede</source>
        <translation>Companies present</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/event_dialog.py" line="84"/>
        <source>N&amp;otater</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="44"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="44"/>
        <source>Bedrift</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="44"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="50"/>
        <source>Merk som utført (Ctrl+D)</source>
        <translation>Mark done (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="52"/>
        <source>Flytt…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="53"/>
        <source>Åpne bedrift (Enter)</source>
        <translation>Open company (Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="79"/>
        <source>Forfalt</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="79"/>
        <source>I dag</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="80"/>
        <source>Resten av uken</source>
        <translation>Rest of the week</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="80"/>
        <source>Senere</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="94"/>
        <source>{0} forfalt · {1} i dag · {2} resten av uken</source>
        <translation>{0} overdue · {1} today · {2} rest of the week</translation>
    </message>
</context>
<context>
    <name>GoalsView</name>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="36"/>
        <source>Ingen mål er satt for deg i denne perioden. Målene settes av kontoret og kommer hit ved synkronisering.</source>
        <translation>No goals are set for you in this period. Goals are set by the office and arrive here when you sync.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="42"/>
        <source>Denne måneden ({0}–{1})</source>
        <translation>This month ({0}–{1})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="44"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="58"/>
        <source>Besøk og kontakter</source>
        <translation>Visits and contacts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="45"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="59"/>
        <source>Avtaler</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="46"/>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="60"/>
        <source>Tilbudte læreplasser</source>
        <translation>Apprenticeships offered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="55"/>
        <source>Mine mål</source>
        <translation>My goals</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="55"/>
        <source>Teamets mål ({0})</source>
        <translation>Team goals ({0})</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="66"/>
        <source>{0} av {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="68"/>
        <source>i rute</source>
        <translation>on track</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="68"/>
        <source>{0} bak planen</source>
        <translation>{0} behind plan</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/goals_view.py" line="74"/>
        <source>{0} % av perioden er gått.</source>
        <translation>{0} % of the period has passed.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="16"/>
        <source>Besøk</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="16"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="16"/>
        <source>Videomøte</source>
        <translation>Video meeting</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="17"/>
        <source>E-post</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="17"/>
        <source>Brev</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="17"/>
        <source>Arrangement</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="23"/>
        <source>Ikke nådd</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="24"/>
        <source>Ikke interessert</source>
        <translation>Not interested</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="25"/>
        <source>Interessert, vil ha informasjon</source>
        <translation>Interested, wants information</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="26"/>
        <source>Avtalt oppfølging</source>
        <translation>Follow-up agreed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="27"/>
        <source>Vil søke godkjenning</source>
        <translation>Will apply for approval</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="28"/>
        <source>Godkjent som lærebedrift</source>
        <translation>Approved as training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="29"/>
        <source>Læreplass tilbudt</source>
        <translation>Apprenticeship offered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="30"/>
        <source>Lærekontrakt signert</source>
        <translation>Apprenticeship contract signed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="35"/>
        <source>Ingen kontakt ennå</source>
        <translation>No contact yet</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="40"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="41"/>
        <source>Mulig lærebedrift</source>
        <translation>Potential training company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="42"/>
        <source>Godkjent, uten lærlinger</source>
        <translation>Approved, no apprentices</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="43"/>
        <source>Godkjent, med lærlinger</source>
        <translation>Approved, with apprentices</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="49"/>
        <source>Yrkesmesse / markedsdag</source>
        <translation>Careers fair / market day</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="50"/>
        <source>Næringsforeningsmøte</source>
        <translation>Business association meeting</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="51"/>
        <source>Speed-dating med elever</source>
        <translation>Speed-dating with students</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="52"/>
        <source>Annet arrangement</source>
        <translation>Other event</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="58"/>
        <source>Åpen</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="58"/>
        <source>Utført</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="59"/>
        <source>Avlyst</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="65"/>
        <source>Ring tilbake</source>
        <translation>Call back</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="65"/>
        <source>Send materiell</source>
        <translation>Send material</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="66"/>
        <source>Nytt besøk</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="66"/>
        <source>Annet</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="73"/>
        <source>Velg hvilken bedrift besøket gjelder.</source>
        <translation>Choose the company the visit was with.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="74"/>
        <source>Bedriften finnes ikke lenger i registeret ditt.</source>
        <translation>The company is no longer in your register.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="75"/>
        <source>Skriv når kontakten var.</source>
        <translation>Enter when the contact happened.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="76"/>
        <source>Tidspunktet mangler tidssone.</source>
        <translation>The time has no time zone.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="77"/>
        <source>Tidspunktet er fram i tid. Et besøk som er planlagt, legges inn som neste steg.</source>
        <translation>The time is in the future. A planned visit is entered as a next step.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="78"/>
        <source>Tidspunktet er for langt tilbake i tid.</source>
        <translation>The time is too far in the past.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="79"/>
        <source>Velg hvordan kontakten skjedde.</source>
        <translation>Choose how the contact happened.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="80"/>
        <source>Velg utfallet av kontakten.</source>
        <translation>Choose the outcome of the contact.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="81"/>
        <source>Skriv hvilket fag plassen gjelder.</source>
        <translation>Enter the trade of the place.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="82"/>
        <source>Antall plasser må være mellom 1 og 100.</source>
        <translation>The number of places must be between 1 and 100.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="83"/>
        <source>Tilbudte plasser krever utfallet «Læreplass tilbudt» eller høyere.</source>
        <translation>Places offered need the outcome “Apprenticeship offered” or higher.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="84"/>
        <source>Skriv hva neste steg er, eller fjern datoen.</source>
        <translation>Enter what the next step is, or remove the date.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="85"/>
        <source>Velg en dato for neste steg.</source>
        <translation>Choose a date for the next step.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="86"/>
        <source>Neste steg kan ikke være før selve kontakten.</source>
        <translation>The next step cannot be before the contact itself.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="87"/>
        <source>Datoen for neste steg har allerede vært. Velg i dag eller senere.</source>
        <translation>The date of the next step has passed. Choose today or later.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="88"/>
        <source>Gi arrangementet et navn.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="89"/>
        <source>Legg til minst én bedrift som var til stede.</source>
        <translation>Add at least one company that was there.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="90"/>
        <source>Skriv bedriftens navn.</source>
        <translation>Enter the company&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="91"/>
        <source>Organisasjonsnummeret er tomt.</source>
        <translation>The organisation number is empty.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="92"/>
        <source>Organisasjonsnummeret kan bare inneholde sifre.</source>
        <translation>The organisation number can only contain digits.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="93"/>
        <source>Organisasjonsnummeret må ha 9 sifre.</source>
        <translation>The organisation number must have 9 digits.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="94"/>
        <source>Organisasjonsnummeret er ikke gyldig (kontrollsifferet stemmer ikke). Sjekk at det er skrevet riktig.</source>
        <translation>The organisation number is not valid (the check digit is wrong). Check that it is typed correctly.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="95"/>
        <source>Det finnes allerede en bedrift med dette organisasjonsnummeret.</source>
        <translation>There is already a company with this organisation number.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="96"/>
        <source>Ukjent kommunenummer.</source>
        <translation>Unknown municipality.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="97"/>
        <source>Skriv navnet på kontaktpersonen.</source>
        <translation>Enter the contact person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="98"/>
        <source>Telefonnummeret ser ikke riktig ut.</source>
        <translation>The phone number does not look right.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="99"/>
        <source>E-postadressen ser ikke riktig ut.</source>
        <translation>The email address does not look right.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="100"/>
        <source>Kontaktpersonen finnes ikke lenger.</source>
        <translation>The contact person no longer exists.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="101"/>
        <source>Notatet er tomt.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="102"/>
        <source>Datoen har allerede vært. Velg i dag eller senere.</source>
        <translation>That date has passed. Choose today or later.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="103"/>
        <source>Oppfølgingen er ikke åpen lenger.</source>
        <translation>The follow-up is no longer open.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/labels.py" line="104"/>
        <source>Oppfølgingen finnes ikke lenger.</source>
        <translation>The follow-up no longer exists.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="69"/>
        <source>Læreplassjeger</source>
        <translation>Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="83"/>
        <source>Fortsett på utkastet</source>
        <translation>Continue the draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="85"/>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="109"/>
        <source>Ikke koblet til server</source>
        <translation>Not connected to a server</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="120"/>
        <source>Bedrifter</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="121"/>
        <source>Bedrift</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="122"/>
        <source>Oppfølging</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="123"/>
        <source>Mine mål</source>
        <translation>My goals</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="217"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="218"/>
        <source>Ny bedrift…</source>
        <translation>New company…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="219"/>
        <source>Importer fra Enhetsregisteret…</source>
        <translation>Import from the register…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="221"/>
        <source>Avslutt</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="224"/>
        <source>&amp;Registrer</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="225"/>
        <source>Nytt besøk…</source>
        <translation>New visit…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="228"/>
        <source>Nytt arrangement…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="230"/>
        <source>Nytt notat…</source>
        <translation>New note…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="232"/>
        <location filename="../../lpj_desktop/ui/main_window.py" line="258"/>
        <source>Søk etter bedrift</source>
        <translation>Find company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="235"/>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="236"/>
        <source>Verk&amp;tøy</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="238"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="248"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="249"/>
        <location filename="../../lpj_desktop/ui/main_window.py" line="266"/>
        <source>Hurtigtaster</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="250"/>
        <location filename="../../lpj_desktop/ui/main_window.py" line="269"/>
        <source>Om Læreplassjeger</source>
        <translation>About Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="253"/>
        <source>Nytt besøk (for bedriften som er åpen)</source>
        <translation>New visit (for the company in view)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="254"/>
        <source>Nytt arrangement med mange bedrifter</source>
        <translation>New event with many companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="255"/>
        <source>Nytt notat på bedriften som er åpen</source>
        <translation>New note on the company in view</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="256"/>
        <source>Lagre besøket</source>
        <translation>Save the visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="257"/>
        <source>Lukk skjemaet (utkastet tas vare på)</source>
        <translation>Close the form (the draft is kept)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="259"/>
        <source>Gå fra søket til listen / åpne bedriften</source>
        <translation>Move from search to list / open the company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="260"/>
        <source>Bedrifter, Bedrift, Oppfølging, Mine mål</source>
        <translation>Companies, Company, Follow-ups, My goals</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="261"/>
        <source>Merk oppfølging som utført</source>
        <translation>Mark follow-up done</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="262"/>
        <source>Denne oversikten</source>
        <translation>This overview</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="270"/>
        <source>Læreplassjeger {0}
Datamappe: {1}</source>
        <translation>Læreplassjeger {0}
Data folder: {1}</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="274"/>
        <source>Språket endres neste gang du starter appen.</source>
        <translation>The language changes the next time you start the app.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="326"/>
        <source>Besøket er lagret.</source>
        <translation>The visit is saved.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/main_window.py" line="338"/>
        <source>Arrangementet er lagret for %n bedrift(er).</source>
        <translation>
            <numerusform>The event is saved for %n company.</numerusform>
            <numerusform>The event is saved for %n companies.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="363"/>
        <source>ukjent bedrift</source>
        <translation>unknown company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/main_window.py" line="364"/>
        <source>Du har et besøk som ikke er lagret ({0}, skrevet {1}).</source>
        <translation>You have a visit that is not saved ({0}, written {1}).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/main_window.py" line="366"/>
        <source>%n utkast til venter etter dette.</source>
        <translation>
            <numerusform>%n more draft waits after this one.</numerusform>
            <numerusform>%n more drafts wait after this one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="159"/>
        <source>Flytt oppfølging</source>
        <translation>Move follow-up</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/followups_view.py" line="168"/>
        <source>Ny frist:</source>
        <translation>New due date:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/company_page.py" line="440"/>
        <source>Nytt notat</source>
        <translation>New note</translation>
    </message>
</context>
<context>
    <name>PlaceRow</name>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="52"/>
        <source>Fag</source>
        <translation>Trade</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="57"/>
        <source> plass(er)</source>
        <translation> place(s)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="60"/>
        <source>Fjern</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="17"/>
        <source>Teksten ser ut til å inneholde et fødselsnummer ({0}).</source>
        <translation>The text seems to contain a national identity number ({0}).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="20"/>
        <source>Teksten nevner noe som kan være helseopplysninger ({0}).</source>
        <translation>The text mentions what may be health details ({0}).</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/privacy.py" line="24"/>
        <source>Slike opplysninger om personer skal ikke lagres her. Rett teksten, eller lagre på nytt for å lagre likevel.</source>
        <translation>Such details about people must not be stored here. Correct the text, or save again to save anyway.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="89"/>
        <source>Nytt besøk</source>
        <translation>New visit</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="95"/>
        <source>Skriv navn eller org.nr. og velg fra listen</source>
        <translation>Type a name or org. no. and choose from the list</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="108"/>
        <source>f.eks. Elektrikerfaget, Tømrerfaget</source>
        <translation>e.g. Elektrikerfaget, Tømrerfaget</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="111"/>
        <source>— velg utfall —</source>
        <translation>— choose outcome —</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="116"/>
        <source>Hvorfor ikke? (valgfritt)</source>
        <translation>Why not? (optional)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="120"/>
        <source>Legg til læreplass</source>
        <translation>Add apprenticeship place</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="131"/>
        <source>Hva skjedde? Ikke skriv fødselsnummer eller helseopplysninger.</source>
        <translation>What happened? Do not write identity numbers or health details.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="134"/>
        <source>f.eks. Ring tilbake om lærlingtilskudd</source>
        <translation>e.g. Call back about the apprentice grant</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="140"/>
        <source>ingen dato</source>
        <translation>no date</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="144"/>
        <source>innen</source>
        <translation>by</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="168"/>
        <source>&amp;Bedrift</source>
        <translation>&amp;Company</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="169"/>
        <source>&amp;Når</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="170"/>
        <source>&amp;Kanal</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="171"/>
        <source>Kontakt&amp;person</source>
        <translation>Contact &amp;person</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="172"/>
        <source>&amp;Fag drøftet</source>
        <translation>&amp;Trades discussed</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="173"/>
        <source>&amp;Utfall</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="174"/>
        <source>&amp;Grunn</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="175"/>
        <source>Tilbudte &amp;plasser</source>
        <translation>&amp;Places offered</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="176"/>
        <source>N&amp;otater</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="177"/>
        <source>Neste &amp;steg</source>
        <translation>Next &amp;step</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="181"/>
        <source>Lagre (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="186"/>
        <source>Forkast</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="187"/>
        <source>Lukk og slett utkastet</source>
        <translation>Close and delete the draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="188"/>
        <source>Lukk, behold utkast</source>
        <translation>Close, keep draft</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="231"/>
        <source>(ingen bestemt)</source>
        <translation>(nobody in particular)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/visit_dialog.py" line="305"/>
        <source>Utkastet kunne ikke lagres på disk: {0}</source>
        <translation>The draft could not be saved to disk: {0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="53"/>
        <source>Velkommen til Læreplassjegeren</source>
        <translation>Welcome to Læreplassjeger</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="58"/>
        <source>Her holder du oversikt over bedriftene du besøker, hva som ble avtalt og hva som skal skje videre. Alt lagres på maskinen din og virker uten nett.</source>
        <translation>Keep track of the companies you visit, what was agreed and what happens next. Everything is stored on your computer and works offline.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="66"/>
        <source>f.eks. Opplæringskontoret Nord</source>
        <translation>e.g. Opplæringskontoret Nord</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="68"/>
        <source>valgfritt</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="70"/>
        <source>1. Hvem er du?</source>
        <translation>1. Who are you?</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="72"/>
        <source>&amp;Navn</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="74"/>
        <source>&amp;Organisasjon</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="76"/>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="78"/>
        <source>2. Hent bedrifter</source>
        <translation>2. Get companies</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="79"/>
        <source>Importer fra Enhetsregisteret…</source>
        <translation>Import from the register…</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="81"/>
        <source>Last inn eksempeldata</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="83"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="93"/>
        <source>Last ned «Enheter» eller «Underenheter» som CSV fra data.brreg.no og velg fila. Det du selv har lagt inn, blir aldri overskrevet av en ny import.</source>
        <translation>Download “Enheter” or “Underenheter” as CSV from data.brreg.no and choose the file. What you entered yourself is never overwritten by a new import.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="107"/>
        <source>Kom i gang</source>
        <translation>Get started</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="137"/>
        <source>%n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>%n company in your register.</numerusform>
            <numerusform>%n companies in your register.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="148"/>
        <source>Velg fil fra Enhetsregisteret</source>
        <translation>Choose a file from the register</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="149"/>
        <source>Enhetsregisteret (*.csv *.json *.gz);;Alle filer (*)</source>
        <translation>Register files (*.csv *.json *.gz);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="157"/>
        <source>Import fra Enhetsregisteret finnes ikke i denne versjonen av appen.</source>
        <translation>Importing from the register is not available in this version of the app.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="159"/>
        <source>Importerer {0} …</source>
        <translation>Importing {0} …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="166"/>
        <source>Eksempeldata finnes ikke i denne versjonen av appen.</source>
        <translation>Demo data is not available in this version of the app.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="168"/>
        <source>Laster inn eksempeldata …</source>
        <translation>Loading demo data …</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="181"/>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="197"/>
        <source>Avbrutt. %n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>Cancelled. %n company in your register.</numerusform>
            <numerusform>Cancelled. %n companies in your register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="198"/>
        <source>Ferdig. %n bedrift(er) i registeret ditt.</source>
        <translation>
            <numerusform>Done. %n company in your register.</numerusform>
            <numerusform>Done. %n companies in your register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="201"/>
        <source>%n rad(er) ble hoppet over fordi de var ugyldige.</source>
        <translation>
            <numerusform>%n row was skipped because it was invalid.</numerusform>
            <numerusform>%n rows were skipped because they were invalid.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="210"/>
        <source>Innlastingen stoppet: {0}. Det som alt var lest inn, er beholdt.</source>
        <translation>Loading stopped: {0}. What was already read is kept.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="219"/>
        <source>Skriv navnet ditt.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location filename="../../lpj_desktop/ui/welcome_page.py" line="222"/>
        <source>Skriv hvilken organisasjon du jobber for.</source>
        <translation>Enter the organisation you work for.</translation>
    </message>
</context>
</TS>

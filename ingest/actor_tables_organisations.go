package ingest

// organisationData lists bodies known by a name that has no organisation
// cue in it ("the Kremlin", "NATO"), one a line: canonical name | other names.
const organisationData = `
Kremlin |
Pentagon |
White House |
Downing Street |
Elysee | Élysée, Elysee Palace, Élysée Palace
NATO | North Atlantic Treaty Organization, North Atlantic Treaty Organisation
United Nations | UN, U.N.
European Union | EU, E.U.
Security Council | UN Security Council, U.N. Security Council, United Nations Security Council
International Monetary Fund | IMF
World Bank |
World Health Organization | WHO
World Trade Organization | WTO
International Atomic Energy Agency | IAEA
International Criminal Court | ICC
International Committee of the Red Cross | ICRC, Red Cross
Organization for Security and Co-operation in Europe | OSCE
OPEC |
Interpol |
Europol |
G7 | Group of Seven
G20 | Group of 20
BRICS |
ASEAN |
Congress | US Congress, U.S. Congress
Senate |
Duma | State Duma
Knesset |
Bundestag |
Hamas |
Hezbollah |
Taliban |
Houthis | Houthi
FBI |
CIA |
FSB |
SBU |
Mossad |
Reuters |
AFP | Agence France-Presse
Associated Press | AP
BBC |
CNN |
`

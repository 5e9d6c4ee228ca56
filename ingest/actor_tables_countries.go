package ingest

// countryData lists the UN member states and the few other countries news
// names as such, one a line: canonical name | other names | demonyms. A
// demonym ending in -an, -i or -o also matches its plural ("Russians",
// "Israelis"); irregular plurals are listed. Ambiguous adjectives ("Korean",
// "Congolese") are left out rather than guessed.
const countryData = `
Afghanistan | | Afghan
Albania | | Albanian
Algeria | | Algerian
Andorra | | Andorran
Angola | | Angolan
Antigua and Barbuda | | Antiguan
Argentina | | Argentine, Argentinian
Armenia | | Armenian
Australia | | Australian
Austria | | Austrian
Azerbaijan | | Azerbaijani
Bahamas | The Bahamas | Bahamian
Bahrain | | Bahraini
Bangladesh | | Bangladeshi
Barbados | | Barbadian
Belarus | | Belarusian
Belgium | | Belgian
Belize | | Belizean
Benin | | Beninese
Bhutan | | Bhutanese
Bolivia | | Bolivian
Bosnia and Herzegovina | Bosnia | Bosnian
Botswana | | Motswana, Batswana
Brazil | | Brazilian
Brunei | | Bruneian
Bulgaria | | Bulgarian
Burkina Faso | | Burkinabe
Burundi | | Burundian
Cabo Verde | Cape Verde | Cape Verdean
Cambodia | | Cambodian
Cameroon | | Cameroonian
Canada | | Canadian
Central African Republic | CAR |
Chad | | Chadian
Chile | | Chilean
China | PRC | Chinese
Colombia | | Colombian
Comoros | | Comorian
Democratic Republic of the Congo | DRC, DR Congo, Congo-Kinshasa |
Republic of the Congo | Congo-Brazzaville |
Costa Rica | | Costa Rican
Côte d'Ivoire | Ivory Coast, Cote d'Ivoire | Ivorian
Croatia | | Croatian, Croat
Cuba | | Cuban
Cyprus | | Cypriot
Czechia | Czech Republic | Czech
Denmark | | Danish, Dane, Danes
Djibouti | | Djiboutian
Dominica | |
Dominican Republic | |
Ecuador | | Ecuadorian
Egypt | | Egyptian
El Salvador | | Salvadoran
Equatorial Guinea | | Equatoguinean
Eritrea | | Eritrean
Estonia | | Estonian
Eswatini | Swaziland | Swazi
Ethiopia | | Ethiopian
Fiji | | Fijian
Finland | | Finnish, Finn, Finns
France | | French
Gabon | | Gabonese
Gambia | The Gambia | Gambian
Georgia | | Georgian
Germany | | German
Ghana | | Ghanaian
Greece | | Greek
Grenada | | Grenadian
Guatemala | | Guatemalan
Guinea | | Guinean
Guinea-Bissau | | Bissau-Guinean
Guyana | | Guyanese
Haiti | | Haitian
Honduras | | Honduran
Hungary | | Hungarian
Iceland | | Icelandic, Icelander
India | | Indian
Indonesia | | Indonesian
Iran | Islamic Republic of Iran | Iranian
Iraq | | Iraqi
Ireland | Republic of Ireland | Irish
Israel | | Israeli
Italy | | Italian
Jamaica | | Jamaican
Japan | | Japanese
Jordan | | Jordanian
Kazakhstan | | Kazakh, Kazakhstani
Kenya | | Kenyan
Kiribati | |
Kuwait | | Kuwaiti
Kyrgyzstan | | Kyrgyz
Laos | Lao PDR | Laotian
Latvia | | Latvian
Lebanon | | Lebanese
Lesotho | | Basotho
Liberia | | Liberian
Libya | | Libyan
Liechtenstein | |
Lithuania | | Lithuanian
Luxembourg | | Luxembourgish
Madagascar | | Malagasy
Malawi | | Malawian
Malaysia | | Malaysian
Maldives | | Maldivian
Mali | | Malian
Malta | | Maltese
Marshall Islands | |
Mauritania | | Mauritanian
Mauritius | | Mauritian
Mexico | | Mexican
Micronesia | | Micronesian
Moldova | | Moldovan
Monaco | | Monegasque
Mongolia | | Mongolian
Montenegro | | Montenegrin
Morocco | | Moroccan
Mozambique | | Mozambican
Myanmar | Burma | Burmese
Namibia | | Namibian
Nauru | | Nauruan
Nepal | | Nepali, Nepalese
Netherlands | The Netherlands, Holland | Dutch
New Zealand | | New Zealander
Nicaragua | | Nicaraguan
Niger | | Nigerien
Nigeria | | Nigerian
North Korea | DPRK | North Korean
North Macedonia | Macedonia | Macedonian
Norway | | Norwegian
Oman | | Omani
Pakistan | | Pakistani
Palau | | Palauan
Palestine | State of Palestine, Palestinian territories | Palestinian
Panama | | Panamanian
Papua New Guinea | | Papua New Guinean
Paraguay | | Paraguayan
Peru | | Peruvian
Philippines | The Philippines | Filipino, Philippine
Poland | | Polish, Pole, Poles
Portugal | | Portuguese
Qatar | | Qatari
Romania | | Romanian
Russia | Russian Federation | Russian
Rwanda | | Rwandan
Saint Kitts and Nevis | St Kitts and Nevis |
Saint Lucia | St Lucia | Saint Lucian
Saint Vincent and the Grenadines | St Vincent and the Grenadines |
Samoa | | Samoan
San Marino | | Sammarinese
Sao Tome and Principe | São Tomé and Príncipe |
Saudi Arabia | | Saudi
Senegal | | Senegalese
Serbia | | Serbian, Serb
Seychelles | | Seychellois
Sierra Leone | | Sierra Leonean
Singapore | | Singaporean
Slovakia | | Slovak
Slovenia | | Slovenian, Slovene
Solomon Islands | |
Somalia | | Somali
South Africa | | South African
South Korea | Republic of Korea, ROK | South Korean
South Sudan | | South Sudanese
Spain | | Spanish, Spaniard, Spaniards
Sri Lanka | | Sri Lankan
Sudan | | Sudanese
Suriname | | Surinamese
Sweden | | Swedish, Swede, Swedes
Switzerland | | Swiss
Syria | Syrian Arab Republic | Syrian
Tajikistan | | Tajik
Tanzania | | Tanzanian
Thailand | | Thai
Timor-Leste | East Timor | Timorese
Togo | | Togolese
Tonga | | Tongan
Trinidad and Tobago | Trinidad |
Tunisia | | Tunisian
Turkey | Türkiye, Turkiye | Turkish, Turk, Turks
Turkmenistan | | Turkmen
Tuvalu | | Tuvaluan
Uganda | | Ugandan
Ukraine | | Ukrainian
United Arab Emirates | UAE, U.A.E., Emirates | Emirati
United Kingdom | UK, U.K., Britain, Great Britain | British, Briton, Britons, Brit, Brits
United States | US, U.S., USA, U.S.A., America, United States of America | American
Uruguay | | Uruguayan
Uzbekistan | | Uzbek
Vanuatu | |
Venezuela | | Venezuelan
Vietnam | Viet Nam | Vietnamese
Yemen | | Yemeni
Zambia | | Zambian
Zimbabwe | | Zimbabwean
Taiwan | | Taiwanese
Kosovo | | Kosovar
Vatican | Vatican City, Holy See |
Western Sahara | | Sahrawi
`

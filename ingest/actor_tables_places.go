package ingest

// placeData lists cities and regions that news names often, one a line:
// canonical name | other spellings. It is deliberately modest: capitals,
// large cities and regions in the news; anything else is found by its
// context ("in", "the village of", "the Sumy region").
const placeData = `
Kyiv | Kiev
Kharkiv | Kharkov
Odesa | Odessa
Lviv |
Dnipro |
Zaporizhzhia |
Kherson |
Mariupol |
Donetsk |
Luhansk |
Sumy |
Sevastopol |
Crimea |
Donbas | Donbass
Moscow |
Saint Petersburg | St Petersburg, St. Petersburg
Minsk |
Washington | Washington DC, Washington D.C.
New York | New York City
Los Angeles |
Chicago |
San Francisco |
Ottawa |
Toronto |
Montreal |
Mexico City |
Havana |
Caracas |
Bogota | Bogotá
Lima |
Santiago |
Buenos Aires |
Brasilia | Brasília
Rio de Janeiro |
Sao Paulo | São Paulo
London |
Paris |
Berlin |
Munich |
Frankfurt |
Hamburg |
Madrid |
Barcelona |
Lisbon |
Rome |
Milan |
Vienna |
Geneva |
Zurich |
Bern |
Brussels |
Strasbourg |
Amsterdam |
The Hague |
Copenhagen |
Stockholm |
Oslo |
Helsinki |
Warsaw |
Prague |
Budapest |
Bratislava |
Bucharest |
Sofia |
Belgrade |
Zagreb |
Athens |
Vilnius |
Riga |
Tallinn |
Chisinau |
Tbilisi |
Yerevan |
Baku |
Astana |
Tashkent |
Istanbul |
Ankara |
Jerusalem |
Tel Aviv |
Gaza | Gaza Strip
West Bank |
Ramallah |
Beirut |
Damascus |
Aleppo |
Amman |
Baghdad |
Tehran |
Riyadh |
Jeddah |
Mecca |
Doha |
Dubai |
Abu Dhabi |
Muscat |
Sanaa |
Cairo |
Khartoum |
Tripoli |
Tunis |
Algiers |
Rabat |
Casablanca |
Dakar |
Lagos |
Abuja |
Nairobi |
Addis Ababa |
Mogadishu |
Kampala |
Kigali |
Kinshasa |
Johannesburg |
Pretoria |
Cape Town |
Kabul |
Islamabad |
Karachi |
Lahore |
New Delhi |
Delhi |
Mumbai |
Dhaka |
Colombo |
Kathmandu |
Bangkok |
Hanoi |
Jakarta |
Manila |
Kuala Lumpur |
Beijing |
Shanghai |
Hong Kong |
Taipei |
Seoul |
Pyongyang |
Tokyo |
Sydney |
Melbourne |
Canberra |
Wellington |
Davos |
Europe |
Asia |
Africa |
Middle East |
Latin America |
North America |
South America |
Central Asia |
Southeast Asia |
Balkans |
Caucasus |
Scandinavia |
Sahel |
Arctic |
Antarctica |
Kashmir |
Black Sea |
Baltic Sea |
Red Sea |
Mediterranean |
Persian Gulf |
Pacific |
Atlantic |
`

"""Real-looking European place names, built from per-country stems and endings.

Each country has its ISO code, a rough box for coordinates, a weight (its share
of Europe's twinnings, roughly), stems and endings in its own spelling
(diacritics included) and a few regions. Names are stem + ending, sometimes
with a qualifier ("Stora", "Bad", "-sur-Mer"); when a country runs short of
unique names a second stem is joined in.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class CountryNames:
    code: str
    weight: float
    box: tuple[float, float, float, float]  # latitude min, max; longitude min, max
    stems: tuple[str, ...]
    endings: tuple[str, ...]
    # "{}" is the name: "Stora {}", "{}-sur-Mer", "Bad {}".
    qualifiers: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    first_names: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


COUNTRIES: tuple[CountryNames, ...] = (
    CountryNames(
        "SE",
        3.0,
        (55.4, 68.9, 11.1, 23.8),
        _w(
            "Väster Öster Norr Sö Lin Ny Gran Ekes Björk Hå Ljung Sol Malm Öre Karl Kris Sand "
            "Berg Ål Tör Fal Hör Mörby Skär Vret Älv Lid Tran Ran Upp"
        ),
        _w(
            "by köping ås ö berg sund vik holm hamn torp stad näs fors dal tuna sala inge ryd "
            "hult lund"
        ),
        ("Stora {}", "Lilla {}", "Norra {}", "Södra {}", "Västra {}", "Östra {}"),
        ("Västra Götaland", "Skåne", "Dalarna", "Norrbotten", "Småland", "Uppland"),
        _w("Anna Maria Karin Sven Lars Åsa Björn Märta Göran Ingrid"),
        _w("Andersson Johansson Karlsson Nilsson Lindström Åberg Sjögren Öberg Wästberg Hägg"),
    ),
    CountryNames(
        "DK",
        2.0,
        (54.6, 57.7, 8.1, 12.6),
        _w("Hol Ros Kol Fre Søn Nør Ring Vi Ha Sla Ker Ty Es Hjør Læ Ballerup Næst Brøn Skæl Fa"),
        _w("rup strup sted løse by bjerg køb ring lev havn holm bæk ager skov"),
        ("Nørre {}", "Søndre {}", "Vester {}", "Øster {}", "Store {}"),
        ("Midtjylland", "Sjælland", "Syddanmark", "Nordjylland", "Hovedstaden"),
        _w("Mette Søren Jens Kirsten Lærke Mads Ditte Bjørn"),
        _w("Jensen Nielsen Hansen Pedersen Sørensen Møller Kjær Bæk"),
    ),
    CountryNames(
        "NO",
        2.0,
        (58.0, 70.9, 5.0, 30.0),
        _w("Lille Kongs Sand Stav Mo Bø Drøb Ler Hau Mol Brønn Fau Ska Sel Ørs Hammer Kris Egers"),
        _w("vik fjord dal heim sund nes øy stad berg ås bø vang sjøen"),
        ("Øvre {}", "Nedre {}", "Nord-{}", "Sør-{}"),
        ("Vestland", "Viken", "Trøndelag", "Nordland", "Innlandet", "Agder"),
        _w("Kari Ola Ingrid Bjørn Sigrid Håkon Solveig Øystein"),
        _w("Hansen Olsen Larsen Berg Haugen Bakke Solberg Østby"),
    ),
    CountryNames(
        "FI",
        2.0,
        (60.0, 69.9, 21.0, 31.5),
        _w(
            "Uta Kanga Seinä Lappeen Hämeen Jyväs Raa Kuo Joen Sava Ii Kemi Var Kok Tor Ylö Pori "
            "Sysmä Äänekos Lohi"
        ),
        _w("järvi salmi lahti joki koski vesi mäki niemi linna kylä ranta harju saari lampi"),
        ("Ala-{}", "Ylä-{}", "Etelä-{}", "Pohjois-{}"),
        ("Uusimaa", "Pirkanmaa", "Pohjois-Pohjanmaa", "Lappi", "Savo", "Karjala"),
        _w("Aino Matti Päivi Jukka Sari Mikko Kaisa Tuomas"),
        _w("Korhonen Virtanen Mäkinen Nieminen Hämäläinen Järvinen Lehtonen Räsänen"),
    ),
    CountryNames(
        "IS",
        0.3,
        (63.4, 66.5, -24.0, -13.5),
        _w("Siglu Hafnar Ísa Seyðis Akur Reyð Fá Borgar Stykkis Dal Grinda Ólafs Egils Hvera"),
        _w("fjörður vík eyri nes staðir holt gerði bær höfn dalur"),
        (),
        ("Norðurland", "Vestfirðir", "Austurland", "Suðurland"),
        _w("Jón Guðrún Sigríður Ólafur Helga Þór"),
        _w("Jónsson Sigurðardóttir Ólafsson Guðmundsdóttir Þórsson"),
    ),
    CountryNames(
        "FO",
        0.1,
        (61.4, 62.4, -7.6, -6.3),
        _w("Ei Klaks Tórs Run Sør Vá Fugla Hvann Nes Sand Kollafjør Gøtu Mið"),
        _w("ði vík havn avík vágur fjørður oyri gjógv dalur"),
        (),
        (),
        _w("Jógvan Rannvá Sámal Turið"),
        _w("Joensen Hansen Petersen Djurhuus"),
    ),
    CountryNames(
        "AX",
        0.05,
        (59.9, 60.5, 19.5, 21.0),
        _w("Marie Ecker Sal Jomal Fin Lem Sund Gel Vår Kum Brän Kök"),
        _w("hamn ö by vik land böle sta ar"),
        (),
        (),
        _w("Anna Jan Britt Mats"),
        _w("Eriksson Mattsson Lundqvist Sjöblom"),
    ),
    CountryNames(
        "GL",
        0.05,
        (60.0, 72.0, -55.0, -20.0),
        _w("Nuu Qaqor Sisimi Ilulis Aasi Maniit Paami Narsa Qasi Upernavi Kangaa Tasii"),
        _w("k toq ut sat aat suaq liaq arsuk"),
        (),
        (),
        _w("Aputsiaq Naja Malik Ivalu"),
        _w("Kleist Lynge Olsen Petersen"),
    ),
    CountryNames(
        "DE",
        14.0,
        (47.3, 55.0, 5.9, 15.0),
        _w(
            "Her Lü Wolfs Osna Gieß Mün Frei Rosen Bre Gött Fürsten Schön Gro Würz Rau Lie Dürk "
            "Bamm Neu Alt Königs Tüb Eisen Hildes Ober Mühl Weiß Greif Kö Stein"
        ),
        _w(
            "ingen burg berg dorf hausen heim feld bach stadt au brück münde rode wald hagen weiler "
            "stedt born furt leben"
        ),
        (
            "Bad {}",
            "{} am Main",
            "{} an der Oder",
            "Neu-{}",
            "{} im Allgäu",
            "Markt {}",
            "{} (Hessen)",
            "{} in Holstein",
        ),
        (
            "Bayern",
            "Hessen",
            "Niedersachsen",
            "Sachsen",
            "Nordrhein-Westfalen",
            "Thüringen",
            "Schleswig-Holstein",
            "Baden-Württemberg",
        ),
        _w("Jürgen Jörg Ursula Günter Käthe Björn Heike Matthias Sören Grete"),
        _w("Müller Schäfer Weiß Köhler Groß Jäger Schröder Krüger Böhm Hoffmann"),
    ),
    CountryNames(
        "AT",
        2.0,
        (46.4, 49.0, 9.5, 17.1),
        _w("Wörgl Mürz Völker Gänsern Hall Kitz Brau Zell Lien Krems Leo Pött Mödl Gmü Tulln"),
        _w("ach dorf berg bühel kirchen hofen stein brunn au feld"),
        ("Sankt {}", "Maria {}", "{} am See", "{} an der Donau"),
        ("Tirol", "Steiermark", "Kärnten", "Niederösterreich", "Oberösterreich"),
        _w("Josef Maria Lukas Theresia Florian Hannelore"),
        _w("Gruber Huber Bauer Wagner Pichler Höller"),
    ),
    CountryNames(
        "CH",
        1.5,
        (45.8, 47.8, 6.0, 10.5),
        _w("Zü Win Ror Wädens Uster Küs Frauen Lies Thal Rappers Mei Gren Büla Zo"),
        _w("ikon wil ach dorf berg feld lingen ingen"),
        ("Ober{}", "Unter{}", "{} am Albis"),
        ("Zürich", "Bern", "Aargau", "Thurgau", "Graubünden"),
        _w("Urs Regula Beat Vreni Reto"),
        _w("Meier Müller Keller Brunner Zürcher"),
    ),
    CountryNames(
        "NL",
        3.0,
        (50.8, 53.5, 3.4, 7.2),
        _w("Gro Zwol Dev Apel Harder Oost Wes Zaan Hilver Veen Leeu Ede Hoog Den Ter Zuid"),
        _w("ningen le enter doorn wijk dam drecht sum voort huizen haven burg veen"),
        ("Oud-{}", "Nieuw-{}", "{} aan Zee", "{} aan den Rijn"),
        ("Gelderland", "Friesland", "Noord-Brabant", "Zeeland", "Overijssel"),
        _w("Jan Anneke Pieter Sanne Joost Ilse"),
        _w("de Vries Jansen Bakker Visser Smit Mulder"),
    ),
    CountryNames(
        "BE",
        2.0,
        (49.5, 51.5, 2.5, 6.4),
        _w("Herent Zaven Wave Jodoi Kort Meche Roe Nivel Ottig Ander Ster Tour Dinan Hui"),
        _w("hout tem gem rijk selare lare beek ville mont gne enne"),
        ("Sint-{}", "{}-la-Neuve", "{}-sur-Meuse"),
        ("Vlaanderen", "Wallonie", "Brabant"),
        _w("Luc Els Chloé Thibaut Ann Geert"),
        _w("Peeters Janssens Dubois Lambert Maes Lefèvre"),
    ),
    CountryNames(
        "LU",
        0.3,
        (49.5, 50.1, 5.8, 6.5),
        _w("Esch Dude Differ Mersch Ettel Wil Rem Echter Vian Mondorf"),
        _w("lange dange bruck ange dorf ich"),
        (),
        (),
        _w("Marc Sophie Jean Carole"),
        _w("Schmit Weber Hoffmann Muller"),
    ),
    CountryNames(
        "FR",
        14.0,
        (42.4, 51.0, -4.7, 8.2),
        _w(
            "Montpel Bor Vannes Châtel Beau Roche Mont Ville Chaumont Saint-Mar Fontaine Chamb "
            "Ange Quim Tou Péri Aube Creus Orlé Nîm Valen Besan Mâc Évre Épin Pont Dijon Sau"
        ),
        _w("lier deaux ille ais mont fort ville ac an ières court eau gny oux ans çon ignan euil"),
        (
            "{}-sur-Mer",
            "{}-les-Bains",
            "{}-sur-Loire",
            "Saint-{}",
            "{}-en-Provence",
            "{}-le-Château",
            "La {}",
            "{}-sous-Bois",
        ),
        (
            "Bretagne",
            "Occitanie",
            "Normandie",
            "Grand Est",
            "Hauts-de-France",
            "Île-de-France",
            "Auvergne-Rhône-Alpes",
            "Nouvelle-Aquitaine",
        ),
        _w("Amélie Hélène François Jérôme Céline Benoît Zoé Gaëlle Noël Loïc"),
        _w("Lefèvre Girard Müller Bérard Fontaine Lémieux Chénier Dupré Moreau Rousseau"),
    ),
    CountryNames(
        "ES",
        4.0,
        (36.0, 43.7, -9.3, 3.3),
        _w("Alcalá Villa Torre Valde San Castel Almodó Pozo Peña Cabe Bena Lo Mála Cór Logro Jaé"),
        _w("lón real ejo mora peñas cillo ña gordo eda ón ales ares illa ente"),
        ("{} de Henares", "{} del Río", "{} de la Sierra", "San {}", "{} de Mar"),
        ("Andalucía", "Cataluña", "Galicia", "Castilla y León", "Aragón", "País Vasco"),
        _w("José María Lucía Íñigo Begoña Andrés Nuria Ramón"),
        _w("García Martínez López Sánchez Pérez Gómez Núñez Ibáñez"),
    ),
    CountryNames(
        "PT",
        1.0,
        (37.0, 42.1, -9.5, -6.2),
        _w("Gui Bra Vise Coim Ama Sin Évo Tomar Leir Barce Fafe Alcobaç Sant"),
        _w("marães ga u bra dora tra ra ria los lhão ão"),
        ("{} do Castelo", "{} da Serra", "{} de Baixo"),
        ("Norte", "Centro", "Alentejo", "Algarve"),
        _w("João Inês Conceição Gonçalo Leonor"),
        _w("Gonçalves Silva Fernandes Magalhães Simões"),
    ),
    CountryNames(
        "IT",
        7.0,
        (37.0, 46.9, 7.0, 18.5),
        _w("Castel Monte Borgo Villa Roc San Poggio Fonta Ponte Cere Arez Sulmo Lec Trevi Gual"),
        _w("franco vecchio nuovo fiore ano ella ara ino ona ena ate iglio asco"),
        ("{} di Sopra", "{} al Mare", "{} Terme", "San {}", "{} sul Garda", "{} Marittima"),
        ("Toscana", "Lombardia", "Piemonte", "Veneto", "Sicilia", "Umbria", "Puglia"),
        _w("Giulia Marco Niccolò Chiara Luca Francesca"),
        _w("Rossi Bianchi Ferrari Esposito Ricci Mancini"),
    ),
    CountryNames(
        "GB",
        6.0,
        (50.0, 58.6, -6.0, 1.7),
        _w("Ash Brad Chel Dor Eas Farn Glou Hal Ket Lich Mar New Pen Rich Sher Tewkes Wim Ayles"),
        _w("ford ton ham bury field chester mouth wick ley borough stead well bridge"),
        ("Great {}", "Little {}", "{}-on-Sea", "{} upon Tyne", "Market {}"),
        ("Yorkshire", "Kent", "Devon", "Lancashire", "Highlands", "Wales"),
        _w("Oliver Emily Harry Sian Gareth Eilidh"),
        _w("Smith Jones Williams Taylor Davies Evans"),
    ),
    CountryNames(
        "IE",
        1.0,
        (51.5, 55.3, -10.3, -6.0),
        _w("Bally Kil Clon Dún Castle Bun Ennis Tulla Car Drog"),
        _w("more kenny mel dara rea cloy corthy bar low heda"),
        (),
        ("Munster", "Leinster", "Connacht", "Ulster"),
        _w("Siobhán Seán Aoife Pádraig"),
        _w("Murphy O'Brien Ó Súilleabháin Kelly"),
    ),
    CountryNames(
        "PL",
        7.0,
        (49.0, 54.8, 14.1, 24.1),
        _w(
            "Kór Łód Gnie Biał Często Wrocł Sie Kra Bocho Grud Żyra Świd Przem Zgie Głog Lub Ostró "
            "Tarno Rze Ole Bełcha Końs Łowi Zamo"
        ),
        _w("nik ź zno ystok chowa aw dlce ków nia ziądz rdów nica yśl rz lin ów ice ek owo sk"),
        ("Nowa {}", "Stary {}", "{} Wielkopolski", "{} Mazowiecki", "{} Śląski"),
        ("Wielkopolska", "Mazowsze", "Śląsk", "Pomorze", "Małopolska", "Podlasie"),
        _w("Małgorzata Łukasz Zofia Paweł Agnieszka Jędrzej Grażyna Wojciech"),
        _w("Kowalski Wiśniewska Wójcik Kamiński Lewandowska Zieliński Szymańska Dąbrowski"),
    ),
    CountryNames(
        "CZ",
        3.0,
        (48.6, 51.0, 12.1, 18.8),
        _w("Pardub Třeb Přer Kroměř Jih Domaž Hořo Žďár Olo Tábor Kutná Beroun Příbr Strako Mělní"),
        _w("ice ov ín any ec ná ky nov ová ště"),
        ("Nové {}", "Staré {}", "{} nad Sázavou", "{} nad Labem", "Horní {}", "Dolní {}"),
        ("Čechy", "Morava", "Slezsko", "Vysočina"),
        _w("Jiří Petra Tomáš Kateřina Lukáš Zuzana"),
        _w("Novák Dvořák Černá Procházka Kučerová Veselý"),
    ),
    CountryNames(
        "SK",
        1.5,
        (47.8, 49.6, 16.9, 22.5),
        _w("Trenč Žil Nitr Prie Pieš Lučen Bardej Kež Rimav Zvol Poprad Senic"),
        _w("ín ina a vidza ťany ec ov marok ská"),
        ("{} nad Váhom", "Nové {}", "Banská {}", "Spišská {}"),
        ("Žilinský kraj", "Prešovský kraj", "Nitriansky kraj"),
        _w("Ján Mária Ľubomír Zuzana"),
        _w("Horváth Kováč Novák Tóthová"),
    ),
    CountryNames(
        "HU",
        3.0,
        (45.8, 48.5, 16.2, 22.8),
        _w("Szeged Győr Kecs Nyír Székes Eger Sopr Pécs Veszp Zala Gödöl Hód Bajá Tisza Mező"),
        _w("háza vár egyháza falva keszi halom szállás hely telek újfalu"),
        ("Nagy{}", "Kis{}", "{}szentmiklós"),
        ("Pest", "Baranya", "Győr-Moson-Sopron", "Hajdú-Bihar", "Csongrád"),
        _w("László Ágnes Zoltán Erzsébet Gábor Éva"),
        _w("Nagy Kovács Tóth Szabó Horváth Varga"),
    ),
    CountryNames(
        "SI",
        0.7,
        (45.4, 46.8, 13.4, 16.6),
        _w("Škof Kam Ptu Celj Kranj Mari Ljutom Slovenj Črno Dom Šent Vel"),
        _w("ja nik bor e ovo ica ec je"),
        (),
        ("Štajerska", "Gorenjska", "Dolenjska"),
        _w("Maja Janez Špela Matjaž"),
        _w("Novak Horvat Kovačič Krajnc"),
    ),
    CountryNames(
        "HR",
        1.0,
        (42.4, 46.5, 13.5, 19.4),
        _w("Vara Koprivn Slav Đako Požeg Križev Sinj Vukov Čakov Našic Karlov Petri"),
        _w("ždin ica onski ovo a ac ec nja je"),
        (),
        ("Slavonija", "Dalmacija", "Istra", "Zagorje"),
        _w("Ivana Marko Željka Tomislav"),
        _w("Horvat Kovačević Babić Marić"),
    ),
    CountryNames(
        "RS",
        0.8,
        (42.2, 46.2, 18.8, 23.0),
        _w("Kraguj Šab Zaje Čač Leskov Jagod Prokup Valje Smeder Kikin Zren Sombor"),
        _w("evac ac čar ak ina lje evo ica"),
        (),
        ("Vojvodina", "Šumadija"),
        _w("Jelena Nikola Dragana Miloš"),
        _w("Jovanović Petrović Nikolić Đorđević"),
    ),
    CountryNames(
        "BA",
        0.4,
        (42.6, 45.2, 15.8, 19.6),
        _w("Tuzl Zeni Travn Bihać Goraž Konj Jajc Visok Livn Doboj"),
        _w("a ica ik e o ac"),
        (),
        (),
        _w("Amir Lejla Dženana Haris"),
        _w("Hodžić Begović Kovačević Delić"),
    ),
    CountryNames(
        "ME",
        0.2,
        (41.9, 43.5, 18.5, 20.3),
        _w("Nikš Cetinj Kotor Budv Bijel Plje Berane Ulcinj"),
        _w("ić e a o polje vlja"),
        (),
        (),
        _w("Milena Vuk"),
        _w("Vujović Radović"),
    ),
    CountryNames(
        "MK",
        0.3,
        (40.9, 42.3, 20.5, 23.0),
        _w("Bitol Ohri Štip Kuman Prilep Struga Gostiv Kočan Tetov"),
        _w("a d ovo i e ani"),
        (),
        (),
        _w("Elena Goran"),
        _w("Stojanovski Petrovska"),
    ),
    CountryNames(
        "AL",
        0.2,
        (39.7, 42.6, 19.3, 21.0),
        _w("Korç Berat Shkodr Gjirokast Durr Elbas Lezh Fier Përmet Kuk"),
        _w("ë a ër ës an ovë"),
        (),
        (),
        _w("Arben Elira"),
        _w("Hoxha Shehu"),
    ),
    CountryNames(
        "XK",
        0.1,
        (41.9, 43.2, 20.0, 21.8),
        _w("Prizr Gjakov Pej Ferizaj Gjilan Mitrovic Vushtrri"),
        _w("en ë a aj an i"),
        (),
        (),
        _w("Blerim Vjosa"),
        _w("Krasniqi Berisha"),
    ),
    CountryNames(
        "GR",
        1.0,
        (35.0, 41.7, 20.0, 26.6),
        _w("Kalamá Trík Lárisa Ioánni Kozá Vólos Kavá Xánthi Chaniá Rethým Náfpli"),
        _w("ta ala na poli no os aki io ádes"),
        ("Néa {}", "Áno {}", "Káto {}"),
        ("Makedonía", "Thessalía", "Kríti", "Pelopónnisos"),
        _w("Giórgos Eléni Dimítris María"),
        _w("Papadópoulos Georgíou Dimitríou Nikoláou"),
    ),
    CountryNames(
        "CY",
        0.2,
        (34.6, 35.6, 32.3, 34.5),
        _w("Lárn Páfos Lemes Agía Pólis Paralím Dáli Kíti"),
        _w("aka os ós ni i ou"),
        (),
        (),
        _w("Andréas Christína"),
        _w("Charalámbous Ioánnou"),
    ),
    CountryNames(
        "MT",
        0.2,
        (35.8, 36.1, 14.2, 14.5),
        _w("Żebb Għaj Birkir Naxx Qorm Żejt Marsa Siġġ"),
        _w("ug nsielem kara ar i un xlokk iewi"),
        (),
        (),
        _w("Ġorġ Marija"),
        _w("Borg Camilleri"),
    ),
    CountryNames(
        "RO",
        2.5,
        (43.7, 48.2, 20.3, 29.6),
        _w("Brașov Timiș Sibi Piteș Bistri Hațe Făgăr Câmpu Mediaș Turd Suceav Târgo"),
        _w("eni oara u ti ța g ești ani ița vița"),
        ("Baia {}", "Târgu {}", "Câmpulung {}"),
        ("Transilvania", "Moldova", "Banat", "Muntenia", "Oltenia"),
        _w("Ioana Mihai Ștefan Raluca Andrei"),
        _w("Popescu Ionescu Stănescu Munteanu Țurcanu"),
    ),
    CountryNames(
        "MD",
        0.3,
        (45.5, 48.4, 26.7, 30.1),
        _w("Bălț Ungh Soroc Orhe Cahu Hânc Străș Edin"),
        _w("i eni a ești ul"),
        (),
        (),
        _w("Ion Natalia"),
        _w("Rusu Ciobanu"),
    ),
    CountryNames(
        "BG",
        1.0,
        (41.3, 44.2, 22.4, 28.6),
        _w("Gabr Kazan Lovech Pleven Vidin Shumen Yambol Haskov Sliven Dobrich Smolyan"),
        _w("ovo lak ets en ovgrad ishte ino"),
        (),
        ("Severozapaden", "Yugoiztochen"),
        _w("Ivan Maria Georgi Elena"),
        _w("Ivanov Petrova Georgiev Dimitrova"),
    ),
    CountryNames(
        "EE",
        0.7,
        (57.6, 59.6, 21.8, 28.2),
        _w("Põltsa Vil Võru Rakve Haap Paide Kärde Jõgev Türi Otep Viljan Kuressaa"),
        _w("maa jandi re salu la küla järve mäe nõmme"),
        (),
        ("Harjumaa", "Tartumaa", "Saaremaa", "Pärnumaa"),
        _w("Mari Jüri Tõnu Külli Mart"),
        _w("Tamm Saar Sepp Mägi Kask"),
    ),
    CountryNames(
        "LV",
        0.7,
        (55.7, 58.0, 21.0, 28.2),
        _w("Cēs Valmier Jelgav Liepāj Ventspil Kuldīg Sigul Tukum Dobel Bauska Rēzekn Madon"),
        _w("is a ava ciems pils muiža ene"),
        (),
        ("Vidzeme", "Kurzeme", "Latgale", "Zemgale"),
        _w("Jānis Līga Andris Inese"),
        _w("Bērziņš Kalniņa Ozoliņš Liepiņa"),
    ),
    CountryNames(
        "LT",
        1.0,
        (54.0, 56.4, 21.0, 26.8),
        _w("Šiaul Panevėž Kėdain Marijamp Utėn Telš Taurag Plungė Biržai Rokišk Jonav"),
        _w("iai ys ai ė iškis onys ava"),
        (),
        ("Aukštaitija", "Žemaitija", "Dzūkija", "Suvalkija"),
        _w("Jonas Rūta Gintaras Aušra"),
        _w("Kazlauskas Jankauskienė Petrauskas Žukauskaitė"),
    ),
    CountryNames(
        "UA",
        2.0,
        (44.4, 52.3, 22.2, 40.2),
        _w("Vinny Zhytom Cherni Polta Uzhhor Ternop Khmel Ivano Kropyv Lutsk Rivn Sumy"),
        _w("tsia yr hiv ava od il nytskyi nytskyi ivka ivske"),
        (),
        ("Volyn", "Podillia", "Zakarpattia", "Halychyna"),
        _w("Olena Oleksandr Iryna Taras"),
        _w("Shevchenko Bondarenko Kovalenko Tkachenko"),
    ),
    CountryNames(
        "BY",
        0.3,
        (51.3, 56.1, 23.2, 32.7),
        _w("Hrodn Mahil Viceb Pinsk Barysa Lida Slonim Navapol"),
        _w("a ioŭ sk aŭ ichy ava"),
        (),
        (),
        _w("Alena Siarhei"),
        _w("Kavaliou Novik"),
    ),
)

CODES = tuple(c.code for c in COUNTRIES)
BY_CODE = {c.code: c for c in COUNTRIES}


def town_name(rng: random.Random, country: CountryNames, qualified: bool, compound: bool) -> str:
    """One candidate name in ``country``'s style (the caller checks it is unique)."""
    stem = rng.choice(country.stems)
    if compound:
        stem += rng.choice(country.stems).lower()
    ending = rng.choice(country.endings)
    # A stem that already ends with the ending's first letter would double it ("Malmm").
    if stem and ending and stem[-1] == ending[0]:
        ending = ending[1:]
    name = stem + ending
    if qualified and country.qualifiers:
        name = rng.choice(country.qualifiers).format(name)
    return name


def person_name(rng: random.Random, country: CountryNames) -> str:
    first = rng.choice(country.first_names or COUNTRIES[0].first_names)
    last = rng.choice(country.surnames or COUNTRIES[0].surnames)
    return f"{first} {last}"

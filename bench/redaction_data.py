"""Build the labelled redaction benchmark (bench/data/redaction_dev.jsonl and redaction_test.jsonl).

The test names below were written by hand for this benchmark, independently of the lookup lists in
src/themes/redact/data (the benchmark reports separately how many of them the lists happen to contain).
Each name goes to one split only, and person templates are split too: dev (tuned on) and test (reported) share no
names and no person templates (the simple frames around phone numbers, IBANs etc. are shared; values differ). Sentences are in the style of stuurgroep minutes and open survey answers.

Run: .venv/bin/python bench/redaction_data.py
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

OUT = Path(__file__).with_name("data")

NAMES: dict[str, list[tuple[str, str]]] = {
    "dutch": [("Sanne", "Verhoeven"), ("Joost", "van Leeuwen"), ("Marieke", "de Graaf"), ("Thijs", "Hoekstra"),
              ("Femke", "Bosman"), ("Gert-Jan", "Kuipers"), ("Lieke", "van der Meulen"), ("Ruud", "Schuurman"),
              ("Ingrid", "Timmermans"), ("Wouter", "ter Haar"), ("Esther", "Brinkman"), ("Koen", "Verbeek"),
              ("Anouk", "Wijnands"), ("Pim", "de Ruiter"), ("Carolien", "Hofstede"), ("Maarten", "Dijkstra")],
    "moroccan": [("Latifa", "Ouchan"), ("Mohammed", "Bouchiba"), ("Naoual", "El Khattabi"), ("Rachid", "Azzagari"),
                 ("Samira", "Ben Haddou"), ("Youssra", "Amhaouch"), ("Hamza", "Ait Lahcen"), ("Najoua", "Tahtah"),
                 ("Khalid", "Boulakhrif"), ("Ilham", "Mourabit"), ("Soufyan", "El Bouzidi"), ("Fadwa", "Yachou"),
                 ("Othmane", "Akdim"), ("Bouchra", "Aznag"), ("Mimount", "Haddouti"), ("Nordin", "Bakkali")],
    "turkish": [("Gülşah", "Tekinalp"), ("Erhan", "Yazgan"), ("Nurhan", "Kocatürk"), ("Serpil", "Akyüz"),
                ("Oktay", "Başaran"), ("Hilal", "Uzunoğlu"), ("Cenk", "Dinçer"), ("Sevil", "Karagöz"),
                ("Ilker", "Gümüş"), ("Dilara", "Sarıkaya"), ("Tuncer", "Ekinci"), ("Aynur", "Bozdağ"),
                ("Bora", "Taşdemir"), ("Nesrin", "Altınkaya"), ("Kadriye", "Yaman"), ("Volkan", "Orhon")],
    "surinamese": [("Radj", "Sewbaransingh"), ("Shanti", "Ramnandanlal"), ("Romano", "Tjon-A-Fat"),
                   ("Marisca", "Wolff"), ("Dewanand", "Kalpoe"), ("Kiran", "Bhoendie"), ("Wendel", "Amatdjais"),
                   ("Ashna", "Ramdjan"), ("Errol", "Fränkel"), ("Varsha", "Jankipersadsing"), ("Reggy", "Nelom"),
                   ("Cheryl", "Kromowidjojo"), ("Naresh", "Soekhlal"), ("Glenn", "Held"), ("Soenita", "Raghosing"),
                   ("Iwan", "Pinas")],
    "ghanaian": [("Kwabena", "Owusu-Ansah"), ("Akosua", "Frimpomaa"), ("Yaw", "Boachie"), ("Efua", "Koomson"),
                 ("Kojo", "Nyantakyi"), ("Abena", "Osei-Bonsu"), ("Kwame", "Adusei"), ("Adwoa", "Amponsah"),
                 ("Fiifi", "Eshun"), ("Ama", "Sekyiwaa"), ("Nana", "Agyeman-Duah"), ("Kwesi", "Bekoe"),
                 ("Esi", "Quansah"), ("Kofi", "Appiagyei"), ("Afia", "Kyeremaa"), ("Ekow", "Mensah-Bonsu")],
    "antillean": [("Shurwin", "Sulvaran"), ("Jeanette", "Rosalia"), ("Rignaldo", "Martha"), ("Xiomara", "Felida"),
                  ("Dudley", "Hooi"), ("Gisela", "Wernet"), ("Curtley", "Domacassé"), ("Ruthline", "Merien"),
                  ("Jurmen", "Isidora"), ("Milushka", "Goeloe"), ("Edmundo", "Haseth"), ("Sharlon", "Nahr"),
                  ("Raquel", "Pieters"), ("Dwayne", "Frans"), ("Angenieta", "Trinidad"), ("Lisette", "Kook")],
    "polish": [("Bartłomiej", "Woźnicki"), ("Agata", "Pszczółkowska"), ("Kamil", "Chrzanowski"), ("Magda", "Leśniak"),
               ("Tomasz", "Grzelak"), ("Ewelina", "Bogucka"), ("Radek", "Kurzawa"), ("Iwona", "Dziedzic"),
               ("Jacek", "Zaremba"), ("Żaneta", "Kołacz"), ("Łukasz", "Pietras"), ("Beata", "Sowińska"),
               ("Mariusz", "Olejnik"), ("Joanna", "Frąckowiak"), ("Piotr", "Michalik"), ("Gosia", "Rybak")],
    "indonesian": [("Wayan", "Sudarsana"), ("Rini", "Kartasasmita"), ("Bambang", "Soeryadjaya"),
                   ("Dewi", "Tjokrowinoto"), ("Hendrik", "Latupeirissa"), ("Yolanda", "Tuhumury"), ("Agus", "Prawiro"),
                   ("Sri", "Rahayuningsih"), ("Eddy", "Nanulaitta"), ("Lilian", "Souhuwat"), ("Teddy", "Wattilete"),
                   ("Nyoman", "Astawa"), ("Ratih", "Kusumawardani"), ("Jefta", "Matakupan"), ("Fransina", "Akihary"),
                   ("Dodi", "Hartawan")],
    "cape_verdean": [("Edilson", "Monteiro"), ("Nilza", "Spínola"), ("Adalberto", "Lubrano"), ("Lucélia", "Gonçalves"),
                     ("Ivanildo", "Rocha"), ("Arlinda", "Barros"), ("Keila", "Andrade"), ("Euclides", "Pina"),
                     ("Sandra", "Fortes"), ("Valdemar", "Almada"), ("Nádia", "Cabral"), ("Ilídio", "Furtado"),
                     ("Dulce", "Tavares"), ("Wilson", "Varela"), ("Maísa", "Évora"), ("Jailson", "Sanches")],
    "somali": [("Ayaan", "Warsame"), ("Hamse", "Cabdullahi"), ("Faadumo", "Jimcaale"), ("Mohamed", "Dhuxulow"),
               ("Sahra", "Ibraahim"), ("Abdiwali", "Gurey"), ("Ifrah", "Xuseen"), ("Bashir", "Cawaale"),
               ("Hibo", "Nuuh"), ("Liban", "Egeh"), ("Deeqa", "Farah"), ("Abdirizak", "Mire"),
               ("Khadra", "Dualeh"), ("Yusuf", "Hirsi"), ("Ubah", "Jimale"), ("Nasteho", "Guleid")],
    "eritrean": [("Senait", "Gebrehiwet"), ("Dawit", "Tesfamichael"), ("Yordanos", "Haileselassie"),
                 ("Filmon", "Weldeab"), ("Saba", "Ghebrehiwot"), ("Mussie", "Andebrhan"), ("Luwam", "Kidanemariam"),
                 ("Biniam", "Okbamichael"), ("Helen", "Asmelash"), ("Robel", "Tsegai"), ("Feven", "Zemichael"),
                 ("Henok", "Woldegiorgis"), ("Semhar", "Berhe"), ("Ermias", "Teklehaimanot"), ("Rahel", "Yohannes"),
                 ("Natnael", "Gebreselassie")],
    "syrian": [("Rasha", "Kayyali"), ("Mazen", "Darwish"), ("Lama", "Shaheen"), ("Obada", "Alhamwi"),
               ("Ghada", "Kanaan"), ("Tarek", "Jabbour"), ("Nour", "Hallak"), ("Wissam", "Arnaout"),
               ("Reem", "Sawaf"), ("Fares", "Mardini"), ("Dima", "Totonji"), ("Bassel", "Zaatari"),
               ("Hiba", "Qasimi"), ("Omar", "Shaar"), ("Yara", "Mahfouz"), ("Khaled", "Nassif")],
}

PERSON_TEMPLATES = [
    "Aanwezig: {FS} (voorzitter), {FS2} en de notulist.",
    "Actie {F}: de conceptagenda voor het volgende overleg rondsturen.",
    "Volgens {T} {S} is de planning van het programma te krap.",
    "{FS} gaf aan dat de werving nog steeds te eenzijdig is.",
    "Mijn leidinggevende {F} maakt regelmatig grappen over mijn hoofddoek.",
    "ik heb het met {f} besproken maar er is niks mee gedaan",
    "Afgesproken dat {F} contact opneemt met het Verwey-Jonker Instituut.",
    "De teamleider, {FS}, heeft het incident niet gemeld bij de vertrouwenspersoon.",
    "Met {FS} besproken dat het groeipanel in het najaar opnieuw bijeenkomt.",
    "{I} van de directie Sociaal Domein licht het uitvoeringsplan toe.",
    "Collega {F} werd tijdens de teamdag steeds onderbroken.",
    "t.n.v. {FS}, Bureau Inclusie & Diversiteit",
    "Na afloop zei {F} dat ze zich niet veilig voelde om dit in het team te zeggen.",
    "{FSU} OPENT DE VERGADERING EN HEET IEDEREEN WELKOM.",
    "mijn collega {fs} wordt steeds gepasseerd bij promoties",
    "De wethouder wil {T} {S} uitnodigen voor het volgende overleg.",
    "{F} en {F2} nemen de terugkoppeling aan het GMT op zich.",
    "Uitgenodigd: {FS}, {FS2}",
    "Notulist: {FS}",
    "Het voorstel van {FS} om anoniem te kunnen melden wordt overgenomen.",
    "Mevrouw {S} vertelde dat haar sollicitatie twee keer werd afgewezen.",
    "Sinds {F} teamleider is, is de sfeer veel beter geworden.",
    "{F}: 'Ik word nooit gevraagd voor de leuke projecten.'",
    "Graag een reactie van {FS} vóór vrijdag.",
    "Terugkoppeling gesprek {FS} met stadsdeel Nieuw-West volgt in de volgende stuurgroep.",
    "Is het gesprek met {T} {S} al ingepland? {F} wacht nog op antwoord.",
    "de manager ({f}) reageerde pas na drie weken op mijn mail",
    "Trekker: {FS}; betrokken: P&O en Communicatie.",
    "In het groeipanel vertelde {F} over uitsluiting tijdens de lunch.",
    "Ik werk prettig samen met {F}, maar de directeur luistert niet.",
    "{FS} en {FS2} vertegenwoordigen de medewerkersnetwerken in de stuurgroep.",
    "Bij de vorige ronde had {F} hetzelfde punt al ingebracht.",
    "Mijn teamleider {FS} stelt zich heel open op, dat wordt gewaardeerd.",
    "{S} (P&O) zoekt uit of de vacatureteksten zijn aangepast.",
    "Afmeldingen: {FS}, {FS2}.",
    "Ik sprak {F} na de bijeenkomst en ook zij herkende het beeld.",
    "toen {f} een opmerking maakte over mijn afkomst lachte iedereen",
    "Het rapport is opgesteld door {I} en besproken in het GMT.",
    "{F} {S} is per 1 maart gestart als programmamanager.",
    "Cc: {FS}, directie Wonen.",
]
PII_TEMPLATES = [
    "Bereikbaar via {PHONE}.",
    "Bel me gerust op {PHONE} of stuur een mail naar {EMAIL}.",
    "Mail haar gerust op {EMAIL}.",
    "De vergoeding graag overmaken op {IBAN} t.n.v. de stichting.",
    "Zijn BSN is {BSN}, dat had nooit in de mail mogen staan.",
    "Postadres: {ADDR}, {PC} Amsterdam.",
    "Ze woont aan de {ADDR} en heeft daar last van de buren.",
    "Geboren op {DOB}, in dienst sinds 2015.",
    "Zie het profiel: {URL}",
    "Contact melder: {PHONE}, {EMAIL}",
    "rekeningnummer {IBAN} staat verkeerd in het systeem",
    "BSN {BSN} en geboortedatum {DOB} stonden gewoon in de bijlage.",
    "Het adres {ADDR}, {PC} is doorgegeven aan de wijkagent.",
    "Mijn nummer is {PHONE}",
]
NEGATIVES = [
    "De directie Sociaal Domein en stadsdeel Zuidoost presenteren de resultaten aan het GMT.",
    "Het Verwey-Jonker Instituut voert de evaluatie uit in opdracht van Bureau Inclusie & Diversiteit.",
    "De wethouder, de directeur P&O en de trekker van het programma bespreken de voortgang.",
    "Afstemming met de Ondernemingsraad, de GGD en het Meldpunt Discriminatie Amsterdam volgt.",
    "Het Sociaal en Cultureel Planbureau en het CBS leveren de cijfers voor de monitor.",
    "Actie teamleider: het protocol voor meldingen aanpassen.",
    "Volgens de directeur is de planning haalbaar.",
    "Ordernummer 123456789 is nog niet verwerkt door Inkoop.",
    "Het rekeningnummer NL91 ABNA 0417 1643 01 in de conceptbrief klopte niet.",
    "De Woo-verzoeker ontving het besluit met [WOO] en 5.1, 2, e weggelakt.",
    "Stuurgroep 14 maart: Groeipanel, Uitvoeringsplan en Monitoring staan op de agenda.",
    "De Raad van Bestuur van het Amsterdam UMC heeft het convenant ondertekend.",
    "De Hogeschool van Amsterdam en de Vrije Universiteit doen mee aan de pilot.",
    "Het programmateam Diversiteit & Inclusie werkt samen met Movisie en Art.1.",
    "Bijlage 2: verslag verandersessie oktober 2020.",
    "De manager Bedrijfsvoering en de concerncontroller zijn akkoord.",
    "Meer aandacht voor Keti Koti, het Suikerfeest en Divali in de jaarkalender.",
    "Het Parool schreef over de uitkomsten van de medewerkerspeiling.",
    "De Nationale ombudsman en het College voor de Rechten van de Mens zijn geïnformeerd.",
    "Wil je de stukken voor dinsdag rondsturen?",
    "Hoop doet leven, maar de cijfers blijven achter.",
    "Teamleiders en leidinggevenden krijgen een training inclusief leiderschap.",
    "De GGD Amsterdam, de Politie Eenheid Amsterdam en het OM werken samen in het Discriminatie Overleg.",
    "Het Meldpunt Discriminatie Regio Amsterdam registreerde vorig jaar 2.345 meldingen.",
    "De Turkse, Marokkaanse en Surinaamse gemeenschappen waren goed vertegenwoordigd.",
    "Het rapport Eenheid in verscheidenheid (SCP, 2022) wordt besproken.",
    "De Algemene Rekenkamer en de Inspectie SZW publiceren in juni.",
    "Volgens Movisie werkt de aanpak alleen met steun van de top.",
    "Het Bureau Integriteit onderzoekt de melding; P&O houdt contact met de melder.",
    "Directeur Wonen en directeur Jeugd trekken samen op.",
    "Op 12-03-2024 komt de stuurgroep opnieuw bijeen in het Stadhuis.",
    "Het BSN-nummer 111222334 in het voorbeeld is ongeldig en dus fictief.",
    "De Gemeenteraad stemde in 2021 in met het Actieplan Inclusie.",
    "Zie www.amsterdam.nl/diversiteit voor het Uitvoeringsprogramma.",
    "Het team Onderzoek en Statistiek (O&S) analyseert de open antwoorden.",
    "De voorzitter sluit de vergadering om 16.30 uur.",
    "Mark in het overzicht de knelpunten die nog openstaan.",
    "Roos, Bas en Kim zijn bloemen, instrumenten en afkortingen, geen collega's.",
    "De Staat van Amsterdam en de Amsterdamse Thermometer Inclusie worden jaarlijks gepubliceerd.",
    "HR, Communicatie en Juridische Zaken schuiven aan bij het vervolgoverleg.",
]
AMBIGUOUS = {  # negatives whose trap is a word that is also a name (not an organisation or role)
    "Wil je de stukken voor dinsdag rondsturen?",
    "Hoop doet leven, maar de cijfers blijven achter.",
    "Mark in het overzicht de knelpunten die nog openstaan.",
    "Roos, Bas en Kim zijn bloemen, instrumenten en afkortingen, geen collega's.",
}
# Issue 12 phrasings, added after the first rows with their own random stream (the earlier rows stay as they were):
# streets without a suffix from the BAG list, lower-case names with a contact verb or role, a title before a
# surname with particles, an owner in an action table; negatives with content words the old rules replaced.
HARD_TEMPLATES = [
    "Ik woon op {BADDR} sinds de zomer.",
    "De bijeenkomst vindt plaats op {BADDR}, {PC} Amsterdam.",
    "Postadres: {BADDR}",
    "Het kantoor zit op {BADDR} in Amsterdam.",
    "daarna heb ik {f} gemaild maar niets meer gehoord",
    "ik heb het met mijn manager {f} besproken",
    "Wethouder {S} opent de vergadering.",
    "Wethouder {S} licht het raadsvoorstel toe.",
    "| Rapport opleveren | {F} | 1 maart |",
    "| Planning rondsturen | {F} | open |",
]
HARD_NEGATIVES = [
    "8. Personele bezetting",
    "Enquete deelnemers gevraagd om input voor de notitie.",
    "We wandelen langs de Amstel en over de Dam naar het Spui.",
    "Meer informatie: zie testimonials en mentoring op het intranet.",
    "De directie Grond en Ontwikkeling levert de cijfers aan.",
    "Punt 3: de begroting; in groep 3 zitten twintig kinderen.",
]
BAG_STREETS = [["Rokin", "Spui", "Overtoom", "Neude", "Lange Voorhout", "Korte Poten", "Janskerkhof"],
               ["Singel", "Damrak", "Amstel", "Blaak", "Meent", "Lijnbaan", "Mariaplaats"]]
TITLES = ["dhr.", "mevr.", "mw.", "dr.", "de heer", "mevrouw"]
PHONE_FORMATS = ["06-{8}", "06 {2} {2} {2} {2}", "06{8}", "+31 6 {8}", "+316{8}", "+31 (0)6 {4} {4}",
                 "0031 6 {8}", "020-{7}", "020 {3} {4}", "(020) {3} {2} {2}", "010-{7}", "0570-{6}",
                 "+31 20 {3} {4}", "06 - {8}"]
STREETS = ["Kinkerstraat", "Van Woustraat", "Burgemeester de Vlugtlaan", "Bijlmerdreef", "Javastraat",
           "Osdorpplein", "Eerste Oosterparkstraat", "Dapperstraat", "Balboaplein", "Meeuwenlaan"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _bsn(rng: random.Random) -> str:
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        rest = sum(x * w for x, w in zip(d, range(9, 1, -1), strict=True)) % 11
        if rest < 10 and (d[0] or d[1]):
            return "".join(map(str, d)) + str(rest)


def _iban(rng: random.Random) -> str:
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"])
    account = _digits(rng, 10)
    number = int("".join(str(int(c, 36)) for c in bank + account + "NL00"))
    return f"NL{98 - number % 97:02d}{bank}{account}"


def _fill(fmt: str, rng: random.Random) -> str:
    return re.sub(r"\{(\d)\}", lambda m: _digits(rng, int(m.group(1))), fmt)


def _pii(kind: str, rng: random.Random, name: tuple[str, str]) -> tuple[str, str]:
    first, sur = name
    slug = re.sub(r"[^a-z]", "", (first + sur).lower().encode("ascii", "ignore").decode())
    if kind == "PHONE":
        return _fill(rng.choice(PHONE_FORMATS), rng), "TELEFOON"
    if kind == "EMAIL":
        return rng.choice([f"{slug[:1]}.{slug[1:]}@amsterdam.nl", f"{slug}{rng.randint(1, 99)}@gmail.com",
                           f"{first.lower()[:3]}.{slug[-5:]}@hotmail.nl"]).encode("ascii", "ignore").decode(), "EMAIL"
    if kind == "IBAN":
        iban = _iban(rng)
        style = rng.randint(0, 2)
        if style == 0:
            return " ".join(iban[i:i + 4] for i in range(0, 18, 4)), "IBAN"
        return (iban if style == 1 else iban.lower()), "IBAN"
    if kind == "BSN":
        bsn = _bsn(rng)
        style = rng.randint(0, 2)
        return (bsn if style == 0 else f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}" if style == 1
                else f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"), "BSN"
    if kind == "BADDR":
        street = rng.choice(BAG_STREETS[_SPLIT_INDEX[0]])
        return f"{street} {rng.randint(1, 250)}{rng.choice(['', '', 'A', '-2', ' hs'])}", "ADRES"
    if kind == "ADDR":
        return f"{rng.choice(STREETS)} {rng.randint(1, 250)}{rng.choice(['', '', 'A', '-2', ' hs'])}", "ADRES"
    if kind == "PC":
        return f"{rng.randint(1011, 1109)}{rng.choice([' ', ''])}{rng.choice('ABCDEGHJKLMNPRTVWXZ')}" \
               f"{rng.choice('ABCDEGHJKLMNPRTVWXZ')}", "POSTCODE"
    if kind == "DOB":
        d, m, y = rng.randint(1, 28), rng.randint(1, 10), rng.randint(1955, 2002)
        return rng.choice([f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}"]), "GEBOORTEDATUM"
    if kind == "URL":
        return f"https://www.linkedin.com/in/{slug}-{rng.randint(10, 99)}", "URL"
    raise ValueError(kind)


def _render(template: str, a: tuple[str, str, str], b: tuple[str, str, str], rng: random.Random) -> dict:
    """Fill a template; record (start, end, label, group, name parts) for each entity."""
    text, ents = "", []
    for piece in re.split(r"(\{[A-Za-z0-9]+\})", template):
        m = re.fullmatch(r"\{([A-Za-z]+)(2?)\}", piece)
        if not m:
            text += piece
            continue
        key, second = m.group(1), m.group(2)
        group, first, sur = b if second else a
        if key == "T":
            text += rng.choice(TITLES)
            continue
        if key in ("PHONE", "EMAIL", "IBAN", "BSN", "ADDR", "BADDR", "PC", "DOB", "URL"):
            value, label = _pii(key, rng, (first, sur))
            ents.append([len(text), len(text) + len(value), label, None, None])
            text += value
            continue
        initials = first[0] + "." + (rng.choice("AJMPH") + "." if rng.random() < 0.4 else "")
        value = {"F": first, "S": sur[0].upper() + sur[1:], "FS": f"{first} {sur}", "f": first.lower(), "fs": f"{first} {sur}".lower(),
                 "FSU": f"{first} {sur}".upper(), "I": f"{initials} {sur}"}[key]  # surname alone: particle capitalised
        parts = {"F": [first], "f": [first], "S": [sur], "I": [sur]}.get(key, [first, sur])
        ents.append([len(text), len(text) + len(value), "PERSOON", group, parts])
        text += value
    return {"text": text, "entities": ents}


_SPLIT_INDEX = [0]  # the split being built (chooses the BAG streets of that split)


def _hard_rows(seed: int, split_index: int, names: list[tuple[str, str, str]]) -> list[dict]:
    """The issue-12 rows of one split, from their own random stream."""
    rng = random.Random(seed * 1000 + split_index)
    _SPLIT_INDEX[0] = split_index
    rows = []
    for template in HARD_TEMPLATES[split_index::2]:
        for _ in range(12):
            who = rng.choice(names)
            rows.append(_render(template, who, who, rng))
    rows += [{"text": t, "entities": [], "negative": "org_role"} for t in HARD_NEGATIVES[split_index::2]]
    return rows


def build(seed: int = 7) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    splits: dict[str, list[dict]] = {"dev": [], "test": []}
    for split_index, split in enumerate(("dev", "test")):
        names = [(g, f, s) for g, pairs in NAMES.items() for f, s in pairs[split_index::2]]
        person_t = PERSON_TEMPLATES[split_index::2]
        pii_t = PII_TEMPLATES  # simple frames; the values are random per split
        negatives = NEGATIVES[split_index::2]
        rows = []
        for group, first, sur in names:
            for template in rng.sample(person_t, 5):
                other = rng.choice(names)
                rows.append(_render(template, (group, first, sur), other, rng))
        for _ in range(6):
            for template in pii_t:
                who = rng.choice(names)
                rows.append(_render(template, who, who, rng))
        rows += [{"text": t, "entities": [], "negative": "ambiguous" if t in AMBIGUOUS else "org_role"}
                 for t in negatives]
        rows += _hard_rows(seed, split_index, names)
        for i, row in enumerate(rows):
            row["id"] = f"{split}-{i:04d}"
            row["split"] = split
        splits[split] = rows
    return splits


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for split, rows in build().items():
        path = OUT / f"redaction_{split}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps({k: row[k] for k in ("id", "split", "text", "entities")}
                                    | {"negative": row.get("negative", False)}, ensure_ascii=False) + "\n")
        print(f"{path}: {len(rows)} sentences, {sum(len(r['entities']) for r in rows)} entities")


if __name__ == "__main__":
    main()

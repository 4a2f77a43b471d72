"""Synthetic but realistic Dutch input for the speed benchmark: survey exports and meeting minutes.

Answers and minute paragraphs are combined from fragments (so almost every unit is distinct), with fictitious
personal data (names of several origins, e-mail addresses, phone numbers) planted in some of them, and a few
trivial answers ("geen", "n.v.t."). Deterministic for a given seed.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

FIRST = ["Fatima", "Jan", "Emre", "Priya", "Kwame", "Anna", "Mohamed", "Sanne", "Dewi", "Agnieszka", "Youssef",
         "Lotte", "Rajesh", "Esther", "Kofi", "Marieke", "Hakan", "Ilse", "Shanti", "Bram"]
LAST = ["El Idrissi", "de Vries", "Kaya", "Ramdin", "Mensah", "Kowalczyk", "Bouzid", "Jansen", "Hartono",
        "van den Berg", "Amrani", "Bakker", "Baldewsingh", "Visser", "Owusu", "de Jong", "Yilmaz", "Smit"]
UNITS = ["Bedrijfsvoering", "Wonen", "Sociaal Domein", "Stadsdeel Zuidoost", "Stadsbeheer", "Dienstverlening",
         "Ruimte en Economie", "Publiekszaken", "ICT", "Financien"]
EXPERIENCE = [
    "ik heb drie keer gesolliciteerd op een hogere functie en kreeg nooit uitleg",
    "in mijn team worden grappen gemaakt over afkomst en niemand zegt er iets van",
    "als vrouw met een hoofddoek word ik bij klantcontact anders aangesproken dan mijn collega's",
    "mijn leidinggevende vraagt nooit naar mijn ideeën in het werkoverleg",
    "de vertrouwenspersoon was niet bereikbaar toen ik een melding wilde doen",
    "na mijn melding van discriminatie is er maanden niets gebeurd",
    "collega's met een migratieachtergrond worden minder snel voorgedragen voor promotie",
    "het gebouw is voor mij in een rolstoel slecht toegankelijk, vooral de vergaderzalen",
    "ik word regelmatig aangesproken op mijn accent terwijl ik hier geboren ben",
    "bij de werving wordt vooral gekeken naar wie er in de groep past",
    "als jonge collega word ik niet serieus genomen in overleggen met de directie",
    "de cursus over onbewuste vooroordelen was verplicht maar er is daarna niets mee gedaan",
    "ik durf in mijn team niet te vertellen dat ik een vriend heb",
    "mijn werkdruk is zo hoog dat er geen tijd is voor een goed gesprek over inclusie",
    "mensen met een beperking krijgen hier nauwelijks een vaste aanstelling",
    "in de buitendienst wordt er anders over vrouwen gepraat dan op kantoor",
    "de communicatie over het diversiteitsbeleid komt laat en is onduidelijk",
    "ik voel me gesteund door mijn leidinggevende en kan alles bespreken",
    "stagiairs en trainees worden weinig betrokken bij beslissingen",
    "de uitkomsten van het vorige medewerkersonderzoek zijn nooit teruggekoppeld",
]
CONSEQUENCE = [
    "Je gaat dan toch twijfelen aan jezelf.", "Ik denk erover om weg te gaan.", "Dat is demotiverend.",
    "Ik heb het maar laten rusten.", "Daardoor voel ik me niet veilig.", "Het kost me veel energie.",
    "Ik ben niet de enige die dit merkt.", "Dat gebeurt al jaren zo.", "Niemand voelt zich verantwoordelijk.",
    "Dat zou anders moeten.", "Het is de afgelopen tijd wel iets beter geworden.", "",
]
SUGGESTION = [
    "een vertrouwd iemand buiten het eigen team bij wie je terecht kunt",
    "duidelijk maken waar je een melding kunt doen en wat er daarna gebeurt",
    "een doorgroeiplan voor iedereen die dat wil, met duidelijke afspraken",
    "minder werkdruk, zodat er tijd is voor het gesprek",
    "leidinggevenden trainen in het voeren van het gesprek over uitsluiting",
    "anoniem solliciteren bij interne vacatures",
    "de toegankelijkheid van alle locaties laten toetsen door ervaringsdeskundigen",
    "jaarlijks terugkoppelen wat er met de meldingen is gedaan",
    "netwerken van medewerkers meer budget en tijd geven",
    "diversiteit meenemen in de beoordeling van leidinggevenden",
]
MINUTES = [
    "De voorzitter opent de vergadering en heet iedereen welkom.",
    "Het verslag van de vorige vergadering wordt ongewijzigd vastgesteld.",
    "De doorlooptijd van meldingen is nog steeds te lang; van de {n} meldingen waren er {k} na drie maanden niet afgehandeld.",
    "Het knelpunt zit in de overdracht van de vertrouwenspersoon naar de leidinggevende.",
    "De stuurgroep besluit het onderwerp door te schuiven naar de volgende vergadering.",
    "Er is behoefte aan cijfers over de doorstroom per directie, uitgesplitst naar schaal.",
    "Het groeipanel adviseert de aanpak structureel te borgen in de begroting van {y}.",
    "De netwerken geven aan dat collega's niet durven te melden zolang er niets gebeurt met meldingen.",
    "De toegankelijkheid van het stadhuis wordt opnieuw besproken; de aanpassingen zijn nog niet uitgevoerd.",
    "HR presenteert de eerste resultaten van het anoniem solliciteren bij {u}.",
    "De training onbewuste vooroordelen wordt in het najaar geëvalueerd.",
    "Het agendapunt over de gedragscode is opnieuw uitgesteld wegens tijdgebrek.",
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _email(rng: random.Random) -> str:
    return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower().replace(' ', '')}@gemeente.example.nl"


def _phone(rng: random.Random) -> str:
    return rng.choice([f"06-{rng.randint(10000000, 99999999)}", f"020 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"])


def _personal(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.5:
        return f"Mijn leidinggevende {_name(rng)} weet hiervan."
    if kind < 0.75:
        return f"Mail me gerust op {_email(rng)}."
    return f"Bel me op {_phone(rng)} als u meer wilt weten."


OPENER = ["", "", "Eerlijk gezegd: ", "Wat mij opvalt is dat ", "Sinds de reorganisatie ", "In mijn ervaring ",
          "Ik merk dat ", "Helaas moet ik zeggen dat ", "Om eerlijk te zijn ", "Vooral in het laatste jaar "]
DETAIL = ["al {n} jaar bij {u}", "sinds {y} in een team van {u}", "bij {u}, waar ik {n} jaar werk",
          "als nieuwe collega bij {u}", "in de buitendienst van {u}", "op de locatie van {u}", "bij {u}"]
CLOSING = ["", "", "", "Succes ermee!", "Hopelijk gebeurt er nu iets mee.", "Dank voor het vragen.",
           "Ik hoop dat de directie dit leest.", "Graag een reactie.", "Dit speelt niet alleen bij ons."]
REASON = ["", "", "zodat iedereen dezelfde kansen krijgt", "want nu weet niemand waar je terecht kunt",
          "dan blijft talent ook behouden", "want dat ontbreekt nu volledig", "en dat niet alleen op papier",
          "zodat melders zich gehoord voelen", "te beginnen bij de top"]


def answer(rng: random.Random) -> str:
    """One survey answer: an experience, sometimes a second one, a detail, a consequence, personal data."""
    if rng.random() < 0.03:
        return rng.choice(["geen", "n.v.t.", "weet ik niet", "nee"])
    text = rng.choice(OPENER) + rng.choice(EXPERIENCE)
    if rng.random() < 0.4:
        text += " " + rng.choice(["en", "maar", "terwijl", "omdat", "en bovendien"]) + " " + rng.choice(EXPERIENCE)
    detail = rng.choice(DETAIL).format(n=rng.randint(1, 25), u=rng.choice(UNITS), y=rng.randint(2005, 2024))
    text = text[0].upper() + text[1:] + f" ({detail})."
    for extra in (rng.choice(CONSEQUENCE), rng.choice(CLOSING)):
        if extra:
            text += " " + extra
    if rng.random() < 0.08:
        text += " " + _personal(rng)
    return text


def suggestion(rng: random.Random) -> str:
    """One answer to the improvement question."""
    if rng.random() < 0.03:
        return rng.choice(["geen", "n.v.t.", "geen idee"])
    text = rng.choice(["", "", "Mijn advies: ", "Graag ", "Begin met ", "Het zou helpen: ", "Vooral "]) + rng.choice(SUGGESTION)
    if rng.random() < 0.5:
        text += " en " + rng.choice(SUGGESTION)
    reason = rng.choice(REASON)
    text = text[0].upper() + text[1:] + (f", {reason}" if reason else "")
    text += f" (directie {rng.choice(UNITS)}, {rng.choice(['dit jaar', 'binnen een half jaar', 'voor de zomer', 'structureel', 'per kwartaal', 'nu'])})."
    if rng.random() < 0.3:
        text += " " + rng.choice(CLOSING[3:])
    if rng.random() < 0.6:
        text += " " + rng.choice(["Ik werk hier {n} jaar.", "Ons team telt {n} mensen.", "Dit vroeg ik {n} keer eerder.",
                                  "Al {n} maanden wacht ik op antwoord."]).format(n=rng.randint(2, 30))
    if rng.random() < 0.05:
        text += " " + _personal(rng)
    return text


def write_survey(path: Path, rows: int, round_name: str, rng: random.Random) -> int:
    """A semicolon-separated survey export with two open questions; returns the number of answers."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["respondent", "ronde", "directie", "ervaring", "verbetering"])
        for i in range(rows):
            writer.writerow([f"{round_name[:1].upper()}{round_name[-1]}-{i:06d}", round_name, rng.choice(UNITS),
                             answer(rng), suggestion(rng)])
    return 2 * rows


def write_minutes(path: Path, date: str, paragraphs: int, rng: random.Random) -> int:
    """Markdown minutes of one meeting; returns the number of paragraphs and list items written."""
    people = [_name(rng) for _ in range(5)]
    lines = [f"# Stuurgroep Inclusie en Diversiteit – {date}", "", f"Datum: {date}", "",
             f"Aanwezig: {', '.join(people)}", ""]
    written = 0
    for item in range(1, paragraphs // 4 + 2):
        lines += [f"## {item}. {rng.choice(['Meldingen', 'Doorstroom', 'Toegankelijkheid', 'Werving', 'Netwerken', 'Communicatie'])}", ""]
        for _ in range(4):
            if written >= paragraphs:
                break
            text = rng.choice(MINUTES).format(n=rng.randint(10, 40), k=rng.randint(2, 9), y=rng.randint(2024, 2027),
                                              u=rng.choice(UNITS))
            text += " " + rng.choice(EXPERIENCE).capitalize() + f", zo meldt een panellid van {rng.choice(UNITS)}."
            if rng.random() < 0.15:
                text += f" {rng.choice(people)} neemt dit mee."
            if rng.random() < 0.2:
                lines += [f"- Actie {rng.choice(people)}: {rng.choice(SUGGESTION)} uitwerken.", ""]
            else:
                lines += [text, ""]
            written += 1
    path.write_text("\n".join(lines), encoding="utf-8")
    return written


def make_corpus(folder: Path, units: int, *, seed: int = 0, rounds: tuple[str, ...] = ("ronde 1", "ronde 2"),
                minutes_share: float = 0.3, year: int = 2024) -> int:
    """Write about ``units`` units as survey files (one per round) and minutes; returns the units planned."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    n_minutes = int(units * minutes_share)
    per_round = (units - n_minutes) // (2 * len(rounds))
    planned = 0
    for r in rounds:
        planned += write_survey(folder / f"{year}_enquete_{r.replace(' ', '')}.csv", per_round, r, rng)
    per_meeting = 40
    meetings = max(1, n_minutes // per_meeting)
    for m in range(meetings):
        month, day = 1 + (m * 11 // meetings) % 12, 1 + m % 27
        date = f"{year}-{month:02d}-{day:02d}"
        planned += write_minutes(folder / f"{date}_{m:04d}_stuurgroep_notulen.md", date, per_meeting, rng)
    return planned

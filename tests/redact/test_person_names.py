"""Person names as the registry sees them: words with offsets, and lists of names cut into persons."""

from __future__ import annotations

from themes.redact.person_names import Known, name_of, person_words, split_all, split_lists
from themes.redact.wordlists import load_lexicon


def _words(text: str, start: int = 0, end: int | None = None):
    lex = load_lexicon()
    return person_words(text, start, len(text) if end is None else end, lex.particles, lex.first_names)


def _known(*names: tuple[str, ...], registered=()) -> Known:
    return Known.of(names, lambda n: n in registered, load_lexicon().surnames)


def _pieces(text: str, known: Known) -> list[str]:
    return [text[p[0][0]:p[-1][1]] for p in split_lists(text, _words(text), known)]


def test_words_drop_particles_strip_accents_and_keep_initials_as_one_letter():
    assert name_of(_words("J. van der Berg")) == ("j", "berg")
    assert name_of(_words("Zoë Çelik")) == ("zoe", "celik")
    assert name_of(_words("Marcel V")) == ("marcel", "v")


def test_a_hyphenated_double_first_name_is_the_same_name_as_the_two_first_names():
    assert name_of(_words("Jan-Jaap Oosterwijk")) == name_of(_words("Jan Jaap Oosterwijk")) == ("jan", "jaap",
                                                                                                 "oosterwijk")
    assert name_of(_words("Jansen-Smit")) == ("jansen-smit",)  # a double surname stays one token


def test_a_surname_right_before_a_redaction_marker_may_be_cut_short():
    text = "Gesprek tussen Peter Vel [WOO] secretaris en Anna Smit over de planning."
    at = text.index("Peter")
    assert name_of(_words(text, at, at + len("Peter Vel"))) == ("peter", "vel…")
    at = text.index("Anna")
    assert name_of(_words(text, at, at + len("Anna Smit"))) == ("anna", "smit")  # no marker after it
    text = "Uitgenodigd: Peter [WOO] en Sanne (gemeente)."
    assert name_of(_words(text, 13, 18)) == ("peter",)  # a first name alone is not cut


def test_a_misspelt_particle_before_another_particle_is_a_particle():
    # "Paul dan der Wielen" in one attendance list, "Paul van der Wielen" in the next: one name
    assert name_of(_words("Paul dan der Wielen")) == name_of(_words("Paul van der Wielen")) == ("paul", "wielen")
    assert name_of(_words("Paul ven den Wielen")) == ("paul", "wielen")
    # only in lower case, only right before de/der/den/het, only one letter from "van"
    assert name_of(_words("Paul Dan der Wielen")) == ("paul", "dan", "wielen")
    assert name_of(_words("Ilse dan Wielen")) == ("ilse", "dan", "wielen")
    assert name_of(_words("Ilse dun der Wielen")) == ("ilse", "dun", "wielen")
    assert name_of(_words("Ilse met de Wielen")) == ("ilse", "met", "wielen")


def test_a_list_of_full_names_known_elsewhere_is_cut_into_its_persons():
    known = _known(("joost", "holtkamp"), ("frank", "os"), ("dennis", "lint"))
    text = "Joost Holtkamp Frank van Os Dennis de Lint"
    assert _pieces(text, known) == ["Joost Holtkamp", "Frank van Os", "Dennis de Lint"]


def test_a_known_full_name_and_one_person_named_nowhere_else_are_two_persons():
    known = _known(("heiko", "hesselsink"))
    assert _pieces("Heiko Hesselsink Anita Kuipers", known) == ["Heiko Hesselsink", "Anita Kuipers"]


def test_first_names_alone_that_begin_known_full_names_are_cut_apart():
    known = _known(("heiko", "hesselsink"), ("edward", "bakker"), ("ronald", "kempers"), ("ro", "annelies"))
    assert _pieces("Heiko Edward", known) == ["Heiko", "Edward"]
    assert _pieces("Ronald Ro", known) == ["Ronald", "Ro"]


def test_a_hyphenated_double_first_name_after_a_first_name_is_one_piece():
    known = _known(("heiko", "hesselsink"), ("jan", "jaap"), ("jan", "jaap", "oosterwijk"))
    assert _pieces("Heiko Jan-Jaap", known) == ["Heiko", "Jan-Jaap"]


def test_a_full_name_is_never_cut_into_a_first_name_and_another_known_person():
    # "Jan Peter Jansen" may be one person with a double first name, not Jan and Peter Jansen
    known = _known(("jan", "smit"), ("peter", "jansen"))
    assert _pieces("Jan Peter Jansen", known) == ["Jan Peter Jansen"]


def test_a_surname_after_a_particle_is_never_cut_off():
    known = _known(("frank", "veldkamp"), ("es", "martin", "plas"))  # a list that begins with "Es"
    assert _pieces("Frank van Os", known) == ["Frank van Os"]


def test_names_not_known_elsewhere_and_names_with_initials_stay_whole():
    known = _known(("joost", "holtkamp"))
    assert _pieces("Wouter Tebbink Klinkhamer", known) == ["Wouter Tebbink Klinkhamer"]
    assert _pieces("J. Holtkamp Joost Holtkamp", known) == ["J. Holtkamp Joost Holtkamp"]
    assert _pieces("Peter Jansen", _known(("peter", "smit"))) == ["Peter Jansen"]


def test_a_first_name_that_is_also_a_surname_is_no_first_name_alone_after_another():
    # "Frank Martin" may be Mr Martin: two first names that are both surnames stay one name
    known = _known(("frank", "veldkamp"), ("martin", "brinkhorst"))
    assert _pieces("Frank Martin", known) == ["Frank Martin"]


def _split_texts(texts: list[str], spans: list[tuple[int, str]]) -> list[list[str]]:
    """split_all over the person spans (text index, span text) of several texts."""
    lex = load_lexicon()
    items = []
    for k, name in spans:
        at = texts[k].index(name)
        items.append((texts[k], _words(texts[k], at, at + len(name))))
    pieces = split_all(items, lambda n: False, lex.surnames)
    return [[t[p[0][0]:p[-1][1]] for p in ps] for (t, _), ps in zip(items, pieces, strict=True)]


def test_two_first_names_that_are_also_surnames_in_a_list_of_first_names_are_two_persons():
    # "Simon Vincent en Daan": the comma left out between two first names, each of which begins a known full name
    texts = ["Aanwezig: Simon Brouwer, Vincent Dekker, Daan Smit", "Na de werkbijeenkomst van Simon Vincent en Daan."]
    spans = [(0, "Simon Brouwer"), (0, "Vincent Dekker"), (0, "Daan Smit"), (1, "Simon Vincent"), (1, "Daan")]
    assert _split_texts(texts, spans)[3] == ["Simon", "Vincent"]
    # also when the other list makes "Vincent" look like a later token ("Thomas Vincent" not cut: no list after it)
    texts.append("Overleg met Thomas Vincent over de planning.")
    spans += [(2, "Thomas Vincent")]
    got = _split_texts(texts, spans)
    assert got[3] == ["Simon", "Vincent"] and got[5] == ["Thomas Vincent"]


def test_two_first_names_outside_a_list_or_a_name_repeated_stay_one_span():
    texts = ["Aanwezig: Simon Brouwer, Vincent Dekker, Daan Smit",
             "Simon Vincent licht het voorstel toe.",  # no enumeration: may be Mr Vincent
             "Afspraak met Vincent Vincent en Daan.",  # a word written twice: no two persons made of it
             "Gesprek met Simon van Vincent en Daan."]  # a particle: a surname
    spans = [(0, "Simon Brouwer"), (0, "Vincent Dekker"), (0, "Daan Smit"), (1, "Simon Vincent"),
             (2, "Vincent Vincent"), (2, "Daan"), (3, "Simon van Vincent"), (3, "Daan")]
    got = _split_texts(texts, spans)
    assert got[3] == ["Simon Vincent"] and got[4] == ["Vincent Vincent"] and got[6] == ["Simon van Vincent"]


def test_a_first_name_written_twice_in_a_list_is_two_persons_when_two_full_names_begin_with_it():
    texts = ["Aanwezig: Vincent Brouwer, Vincent Dekker, Daan Smit", "Afspraak met Vincent Vincent en Daan."]
    spans = [(0, "Vincent Brouwer"), (0, "Vincent Dekker"), (0, "Daan Smit"), (1, "Vincent Vincent"), (1, "Daan")]
    assert _split_texts(texts, spans)[3] == ["Vincent", "Vincent"]


def test_no_cut_leaves_a_letter_between_two_pieces():
    known = _known(("joost", "holtkamp"), ("dennis", "lint"))
    text = "Joost Holtkamp 2 Dennis de Lint"
    assert [text[p[0][0]:p[-1][1]] for p in split_lists(text, _words(text), known)] == [text]


def test_a_list_of_names_does_not_hide_the_first_names_it_holds():
    # every name of the batch: the list itself must not count "frank" as a later token of a full name
    texts = ["Joost Holtkamp Frank", "Joost Holtkamp", "Frank van Os", "Frank Heiko", "Heiko Hesselsink"]
    lex = load_lexicon()
    pieces = split_all([(t, _words(t)) for t in texts], lambda n: False, lex.surnames)
    cut = [[t[p[0][0]:p[-1][1]] for p in ps] for t, ps in zip(texts, pieces, strict=True)]
    assert cut == [["Joost Holtkamp", "Frank"], ["Joost Holtkamp"], ["Frank van Os"], ["Frank", "Heiko"], ["Heiko Hesselsink"]]


def test_a_surname_left_at_the_start_of_a_span_is_cut_from_the_full_name_after_it():
    # "Sander de Wit Kofi Mensah" found as "Sander" and "Wit Kofi Mensah": Wit is Sander's, Kofi Mensah himself
    known = _known(("sander", "wit"), ("kofi", "mensah"))
    assert _pieces("Wit Kofi Mensah", known) == ["Wit", "Kofi Mensah"]
    assert _pieces("Wit Kofi Boateng", known) == ["Wit Kofi Boateng"]  # not followed by a known full name
    assert _pieces("Sander Kofi Mensah", _known(("kofi", "mensah"), ("sander", "wit"))) == ["Sander Kofi Mensah"]


def _known_with_first_names(*names: tuple[str, ...]) -> Known:
    lex = load_lexicon()
    return Known.of(names, lambda n: False, lex.surnames, lex.first_names)


def test_a_word_of_three_first_names_joined_by_hyphens_is_cut_into_the_persons_of_the_batch():
    # "(Okke-Gerrit-Jan)": Okke Hoekstra and Gerrit Jan Dommelen, both named in full in the batch
    known = _known_with_first_names(("okke", "hoekstra"), ("gerrit", "jan", "dommelen"))
    text = "principes (Okke-Gerrit-Jan), begrippen"
    at = text.index("Okke")
    words = _words(text, at, at + len("Okke-Gerrit-Jan"))
    assert [text[p[0][0]:p[-1][1]] for p in split_lists(text, words, known)] == ["Okke", "Gerrit-Jan"]
    assert [name_of(p) for p in split_lists(text, words, known)] == [("okke",), ("gerrit", "jan")]


def test_a_word_of_three_first_names_that_the_batch_does_not_name_apart_stays_one_name():
    # "Anna-Maria-José": Anna Smit is known, but no full name of the batch begins with "Maria José"
    known = _known_with_first_names(("anna", "smit"), ("gerrit", "jan", "dommelen"))
    for text in ("Anna-Maria-José belt", "Willem-Jan-Okke belt"):
        words = _words(text, 0, text.index(" "))
        assert split_lists(text, words, known) == [words]
    # without the lexicon's first names (the default) such a word is never cut
    text = "Okke-Gerrit-Jan"
    assert split_lists(text, _words(text), _known(("okke", "hoekstra"), ("gerrit", "jan", "dommelen"))) \
        == [_words(text)]

"""The person registry: one pseudonym per person, lone names linked to full names, ambiguity, order, storage."""

from __future__ import annotations

import itertools
import random

from themes.redact.operators import pseudonym_number
from themes.redact.persons import PersonRegistry

KEY = b"registry-key-0123456789abcdef012"
MARLOES = ("marloes", "verbeek")
PETER_T = ("peter", "harmsink")
PETER_J = ("peter", "jansen")


def _fresh() -> PersonRegistry:
    return PersonRegistry(KEY)


def _reload(registry: PersonRegistry) -> PersonRegistry:
    """The registry as the next ingest loads it from the workspace rows."""
    entries, tokens = registry.new_rows()
    return PersonRegistry.from_rows(KEY, entries, tokens)


def test_first_name_and_surname_alone_take_the_full_names_pseudonym_in_one_batch():
    numbers = _fresh().resolve([("marloes",), MARLOES, ("verbeek",)])
    assert numbers[("marloes",)] == numbers[MARLOES] == numbers[("verbeek",)]


def test_full_name_first_then_first_name_alone_in_a_later_ingest():
    first = _fresh()
    full = first.resolve([MARLOES])[MARLOES]
    later = _reload(first)
    assert later.resolve([("marloes",)]) == {("marloes",): full}
    assert later.resolve([("verbeek",)]) == {("verbeek",): full}


def test_first_name_first_then_full_name_in_a_later_ingest_is_the_earlier_person():
    first = _fresh()
    alone = first.resolve([("marloes",)])[("marloes",)]
    later = _reload(first)
    assert later.resolve([MARLOES])[MARLOES] == alone
    then = _reload_all(first, later)
    assert then.resolve([("marloes",), ("verbeek",), MARLOES]) == {("marloes",): alone, ("verbeek",): alone,
                                                                     MARLOES: alone}


def _reload_all(*registries: PersonRegistry) -> PersonRegistry:
    entries, tokens = [], []
    for registry in registries:
        e, t = registry.new_rows()
        entries += e
        tokens += t
    return PersonRegistry.from_rows(KEY, entries, tokens)


def test_two_people_sharing_a_first_name_make_the_first_name_alone_its_own_pseudonym():
    numbers = _fresh().resolve([PETER_T, PETER_J, ("peter",), ("harmsink",)])
    assert len({numbers[PETER_T], numbers[PETER_J], numbers[("peter",)]}) == 3
    assert numbers[("harmsink",)] == numbers[PETER_T]  # the surname is still one person's


def test_an_ambiguous_first_name_keeps_one_pseudonym_of_its_own_across_ingests():
    first = _fresh()
    one = first.resolve([PETER_T, PETER_J, ("peter",)])
    later = _reload(first)
    assert later.resolve([("peter",)]) == {("peter",): one[("peter",)]}


def test_a_first_name_adopted_by_one_full_name_becomes_ambiguous_when_a_second_person_has_it():
    first = _fresh()
    alone = first.resolve([("peter",)])[("peter",)]
    second = _reload(first)
    assert second.resolve([PETER_T])[PETER_T] == alone  # Peter of the first ingest is Peter Harmsink
    third = _reload_all(first, second)
    numbers = third.resolve([PETER_J, ("peter",), ("harmsink",)])
    assert numbers[("harmsink",)] == alone
    assert numbers[PETER_J] != alone and numbers[("peter",)] not in (alone, numbers[PETER_J])


def test_a_first_name_seen_alone_is_not_adopted_when_two_new_full_names_hold_it():
    first = _fresh()
    alone = first.resolve([("peter",)])[("peter",)]
    numbers = _reload(first).resolve([PETER_T, PETER_J, ("peter",)])
    assert alone not in (numbers[PETER_T], numbers[PETER_J])
    assert numbers[("peter",)] != alone  # ambiguous now: its own pseudonym, not the unknown Peter of before


def test_the_numbers_do_not_depend_on_the_order_of_the_names():
    names = [MARLOES, ("marloes",), PETER_T, PETER_J, ("peter",), ("harmsink",), ("sander", "wit"), ("wit",),
             ("kofi",), ("mensah",)]
    base = _reload(_seeded())
    expected = base.resolve(names)
    for order in itertools.islice(itertools.permutations(names), 0, 5000, 997):
        assert _reload(_seeded()).resolve(list(order) + list(order[:3])) == expected


def _seeded() -> PersonRegistry:
    registry = _fresh()
    registry.resolve([("kofi",), ("yaw", "boateng")])
    return registry


def test_two_persons_never_share_a_pseudonym():
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = {("".join(rng.choices(letters, k=6)), "".join(rng.choices(letters, k=8))) for _ in range(600)}
    registry = _fresh()
    numbers = registry.resolve(names)
    assert len(set(numbers.values())) == len(names)  # with 10,000 hash buckets 600 names collide somewhere
    more = _reload(registry).resolve([(a,) for a, _ in sorted(names)][:50] + [("nieuwe", "persoon")])
    assert more[("nieuwe", "persoon")] not in set(numbers.values())


def test_the_registry_stores_keyed_hashes_and_numbers_never_a_name():
    registry = _fresh()
    registry.resolve([MARLOES, ("peter",), PETER_T, PETER_J])
    entries, tokens = registry.new_rows()
    stored = repr((entries, tokens)).lower()
    for word in ("marloes", "verbeek", "peter", "harmsink", "jansen"):
        assert word not in stored
    assert all(len(row[0]) == 32 and all(c in "0123456789abcdef" for c in row[0]) for row in entries + tokens)
    other = PersonRegistry(b"another-key-0123456789abcdef0123")
    other.resolve([MARLOES, ("peter",), PETER_T, PETER_J])
    assert not {row[0] for row in entries} & {row[0] for row in other.new_rows()[0]}  # keyed: nothing in common


def test_links_of_an_older_workspace_are_carried_over():
    registry = _fresh()
    full_hash = registry.key_hash(MARLOES)
    legacy = [f"link:{registry.token_hash('marloes')}:{full_hash}", "0" * 32]
    old = PersonRegistry(KEY, legacy=legacy)
    numbers = old.resolve([("marloes",), MARLOES])
    assert numbers[("marloes",)] == numbers[MARLOES] == pseudonym_number(full_hash)  # the number it had before
    assert old.resolve([("verbeek",)])[("verbeek",)] == numbers[MARLOES]  # the tokens of the full name now too


JAN_JAAP = ("jan", "jaap", "oosterwijk")
MARCEL_K = ("marcel", "veldsink")
MARCEL_T = ("marcel", "roelofsen")


def test_short_forms_take_their_full_names_pseudonym_in_one_batch():
    numbers = _fresh().resolve([JAN_JAAP, ("jan", "jaap"), ("j", "j", "oosterwijk"), MARCEL_K, ("marcel", "v"),
                                ("m", "veldsink")])
    assert numbers[("jan", "jaap")] == numbers[("j", "j", "oosterwijk")] == numbers[JAN_JAAP]
    assert numbers[("marcel", "v")] == numbers[("m", "veldsink")] == numbers[MARCEL_K]
    assert numbers[JAN_JAAP] != numbers[MARCEL_K]


def test_full_name_first_then_short_form_in_a_later_ingest():
    first = _fresh()
    full = first.resolve([MARCEL_K, JAN_JAAP])
    later = _reload(first)
    assert later.resolve([("marcel", "v"), ("jan", "jaap")]) == {("marcel", "v"): full[MARCEL_K],
                                                                 ("jan", "jaap"): full[JAN_JAAP]}


def test_short_form_first_then_full_name_in_a_later_ingest_is_the_earlier_person():
    first = _fresh()
    short = first.resolve([("marcel", "v"), ("jan", "jaap")])
    later = _reload(first)
    numbers = later.resolve([MARCEL_K, JAN_JAAP])
    assert numbers == {MARCEL_K: short[("marcel", "v")], JAN_JAAP: short[("jan", "jaap")]}
    then = _reload_all(first, later)
    assert then.resolve([("veldsink",), ("marcel", "v")]) == {("veldsink",): short[("marcel", "v")],
                                                                  ("marcel", "v"): short[("marcel", "v")]}


def test_a_short_form_of_two_people_gets_a_pseudonym_of_its_own_every_time():
    first = _fresh()
    numbers = first.resolve([MARCEL_K, ("marcel", "vink"), ("marcel", "v")])
    assert len({numbers[MARCEL_K], numbers[("marcel", "vink")], numbers[("marcel", "v")]}) == 3
    assert _reload(first).resolve([("marcel", "v")]) == {("marcel", "v"): numbers[("marcel", "v")]}


def test_a_short_form_of_someone_else_never_takes_his_pseudonym():
    numbers = _fresh().resolve([MARCEL_T, ("marcel", "v"), ("j", "roelofsen")])
    assert numbers[("marcel", "v")] != numbers[MARCEL_T]  # Marcel V is no Marcel Roelofsen
    assert numbers[("j", "roelofsen")] != numbers[MARCEL_T]  # nor is J. Roelofsen


def test_a_shorter_name_with_a_first_name_left_out_is_another_person():
    # "Jan de Vries" and "Jan Willem de Vries" are two people as often as one: never merged
    numbers = _fresh().resolve([("jan", "willem", "vries"), ("jan", "vries")])
    assert numbers[("jan", "vries")] != numbers[("jan", "willem", "vries")]


def test_a_short_form_seen_first_is_not_adopted_when_two_new_full_names_share_it():
    first = _fresh()
    short = first.resolve([("marcel", "v")])[("marcel", "v")]
    numbers = _reload(first).resolve([MARCEL_K, ("marcel", "vink")])
    assert short not in (numbers[MARCEL_K], numbers[("marcel", "vink")])


def test_short_forms_do_not_depend_on_the_order_of_the_names():
    names = [JAN_JAAP, ("jan", "jaap"), ("j", "j", "oosterwijk"), MARCEL_K, ("marcel", "v"), MARCEL_T,
             ("marcel",), ("jan",), ("m", "roelofsen")]
    expected = _reload(_seeded()).resolve(names)
    for order in itertools.islice(itertools.permutations(names), 0, 40000, 3989):
        assert _reload(_seeded()).resolve(list(order)) == expected


def test_a_name_with_initials_is_the_one_person_with_its_surname_unless_his_initial_differs():
    for order in ([JAN_JAAP], [JAN_JAAP, ("j", "oosterwijk"), ("p", "oosterwijk"), ("p", "q", "oosterwijk")]):
        registry = _fresh()
        first = registry.resolve(order)
        numbers = _reload(registry).resolve([("j", "oosterwijk"), ("p", "oosterwijk"), ("p", "q", "oosterwijk")])
        numbers.update({k: v for k, v in first.items() if k != JAN_JAAP})  # one batch or two: the same answer
        assert numbers[("j", "oosterwijk")] == first[JAN_JAAP]  # J. Oosterwijk: "J" as in Jan Jaap
        assert numbers[("p", "oosterwijk")] != first[JAN_JAAP]  # P. Oosterwijk is someone else
        assert numbers[("p", "q", "oosterwijk")] != first[JAN_JAAP]


def test_a_surname_written_as_an_initial_is_never_guessed_from_the_first_name_alone():
    numbers = _fresh().resolve([MARCEL_T, ("marcel", "v")])
    assert numbers[("marcel", "v")] != numbers[MARCEL_T]


def test_a_name_with_initials_finds_a_person_registered_before_short_forms_were_kept():
    registry = _fresh()
    full_hash = registry.key_hash(MARCEL_K)
    legacy = [f"link:{registry.token_hash('veldsink')}:{full_hash}"]  # an old workspace: no short forms
    old = PersonRegistry(KEY, legacy=legacy)
    assert old.resolve([("m", "veldsink")]) == {("m", "veldsink"): pseudonym_number(full_hash)}


def test_a_full_name_with_its_surname_is_no_short_form_of_a_longer_name():
    # "Joost Holtkamp Wouter" is a list the splitter could not cut, or someone else: not Joost Holtkamp
    for order in ([("joost", "holtkamp"), ("joost", "holtkamp", "wouter")], [("joost", "holtkamp", "wouter"), ("joost", "holtkamp")]):
        first = _fresh()
        one = first.resolve(order[:1])
        numbers = _reload(first).resolve(order[1:])
        assert one[order[0]] != numbers[order[1]]


CUT_LONG, CUT_SHORT = ("peter", "veldsink…"), ("peter", "vel…")  # "Peter Veldsink [WOO]", "Peter Vel [WOO]"


def test_a_surname_cut_by_a_redaction_marker_is_the_one_person_whose_surname_it_begins():
    registry = _fresh()
    full = registry.resolve([("peter", "veldsink")])[("peter", "veldsink")]
    later = _reload(registry)
    got = later.resolve([CUT_SHORT, CUT_LONG])
    assert got == {CUT_SHORT: full, CUT_LONG: full}
    assert later.resolve([("peter",)])[("peter",)] == full  # no second Peter made of the cut forms


def test_two_cut_forms_of_one_surname_are_one_person_in_any_order_and_a_cut_of_two_surnames_is_neither():
    names = [CUT_SHORT, CUT_LONG, ("peter",), ("marloes", "verbeek")]
    expected = _fresh().resolve(names)
    assert expected[CUT_SHORT] == expected[CUT_LONG] == expected[("peter",)] != expected[("marloes", "verbeek")]
    for order in itertools.permutations(names):
        assert _fresh().resolve(order) == expected
    registry = _fresh()
    two = registry.resolve([("peter", "veldsink"), ("peter", "velthuis")])
    assert _reload(registry).resolve([CUT_SHORT])[CUT_SHORT] not in set(two.values())
    # the full name seen after its cut form takes the cut form's number ("Marcel V", then "Marcel Veldsink")
    registry = _fresh()
    cut = registry.resolve([CUT_SHORT])[CUT_SHORT]
    assert _reload(registry).resolve([("peter", "veldsink")])[("peter", "veldsink")] == cut


def test_registry_hashes_are_the_keyed_hashes_of_older_workspaces():
    from themes.redact.operators import keyed_hash

    registry = _fresh()
    assert registry.token_hash("veldsink") == keyed_hash(KEY, "naam:veldsink")[:32]
    assert registry.key_hash(("peter", "veldsink")) == keyed_hash(KEY, "PERSOON:peter veldsink")[:32]

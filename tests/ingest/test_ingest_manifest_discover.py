from __future__ import annotations

from pathlib import Path

import pytest

from themes.errors import ConfigError
from themes.ingest import SUPPORTED_SUFFIXES, MetaOverrides, SurveyOptions, discover, load_manifest


def touch(path: Path, text: str = "tekst") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_manifest_with_relative_paths_and_survey_columns(tmp_path):
    notes = touch(tmp_path / "data" / "notulen.txt")
    survey = touch(tmp_path / "data" / "enquete.csv", "a,b\n1,2\n")
    manifest = touch(
        tmp_path / "data" / "manifest.yml",
        """
- path: notulen.txt
  type: verslag
  date: 11-03-2024
  round: 2024-1
  title: Stuurgroep maart
- path: enquete.csv
  type: enquete
  unit: Directie Zuid
  text_columns: ["Wat gaat goed?", "Wat kan beter?"]
  id_column: respondent
""",
    )
    entries = load_manifest(manifest)
    assert set(entries) == {notes.resolve(), survey.resolve()}
    assert entries[notes.resolve()].meta == MetaOverrides(
        doc_type="notulen", date="2024-03-11", round="2024-1", title="Stuurgroep maart"
    )
    assert entries[notes.resolve()].survey is None
    assert entries[survey.resolve()].survey == SurveyOptions(
        text_columns=("Wat gaat goed?", "Wat kan beter?"), id_column="respondent"
    )


def test_csv_manifest_with_separated_text_columns(tmp_path):
    survey = touch(tmp_path / "enquete.csv", "a,b\n1,2\n")
    manifest = touch(
        tmp_path / "manifest.csv",
        "path;type;round;text_columns;round_column\nenquete.csv;enquete;;Vraag 1|Vraag 2;Ronde\n",
    )
    entry = load_manifest(manifest)[survey.resolve()]
    assert entry.survey.text_columns == ("Vraag 1", "Vraag 2")
    assert entry.survey.round_column == "Ronde"
    assert entry.meta.round is None


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ("- path: a.txt\n  kleur: rood\n", 1, "kleur"),
        ("- path: a.txt\n- path: a.txt\n  type: memo\n  date: gisteren\n", 2, "datum"),
        ("- path: a.txt\n  type: brief\n", 1, "documenttype"),
        ("- path: weg.txt\n", 1, "bestaat niet"),
        ("- type: memo\n", 1, "path"),
        ("- path: [unclosed\n", 2, "YAML"),
    ],
)
def test_bad_manifest_names_file_and_line(tmp_path, content, line, words):
    touch(tmp_path / "a.txt")
    manifest = touch(tmp_path / "manifest.yml", content)
    with pytest.raises(ConfigError) as err:
        load_manifest(manifest)
    message = str(err.value)
    assert str(manifest) in message and words in message
    assert f"manifest.yml:{line}" in message


def test_bad_csv_manifest_row_names_its_line(tmp_path):
    touch(tmp_path / "a.txt")
    manifest = touch(tmp_path / "m.csv", "path,type\na.txt,memo\na.txt,onbekend\n")
    with pytest.raises(ConfigError) as err:
        load_manifest(manifest)
    assert "m.csv:3" in str(err.value)


def test_discover_walks_folders_sorted_and_skips_hidden_and_lock_files(tmp_path):
    root = tmp_path / "invoer"
    for name in ("b.docx", "a.txt", "sub/c.pdf", "~$b.docx", ".verborgen.txt", ".git/x.txt", "oud.doc", "foto.png"):
        touch(root / name)
    files, rejected = discover([root])
    assert files == [root / "a.txt", root / "b.docx", root / "sub" / "c.pdf"]
    assert [p.name for p, _reason in rejected] == ["foto.png", "oud.doc"]
    assert "docx" in dict(rejected)[root / "oud.doc"]


def test_discover_explicit_files_once_and_missing_paths(tmp_path):
    a = touch(tmp_path / "a.md")
    files, rejected = discover([a, a, tmp_path / "weg.txt", touch(tmp_path / "x.rtf")])
    assert files == [a]
    assert [(p.name, r) for p, r in rejected][0] == ("weg.txt", "bestaat niet")
    assert rejected[1][0].name == "x.rtf"


def test_readme_and_manifest_in_a_folder_are_not_documents(tmp_path):
    for name in ("README.md", "manifest.csv", "notulen.txt"):
        touch(tmp_path / name)
    files, rejected = discover([tmp_path])
    assert files == [tmp_path / "notulen.txt"]
    assert rejected == []  # skipped quietly: documentation, not a failed input
    assert discover([tmp_path / "README.md"])[0] == [tmp_path / "README.md"]


def test_supported_suffixes():
    assert SUPPORTED_SUFFIXES == {".docx", ".pdf", ".txt", ".md", ".mdown", ".markdown", ".html", ".htm", ".csv",
                                  ".xlsx"}

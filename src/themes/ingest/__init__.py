"""Ingest: find files, read them into blocks, clean, infer metadata, segment.

Per call: ``discover(paths)``, optionally ``load_manifest(path)``; per file: ``read_document`` ->
``infer_meta(raw, path, cli.over(manifest_meta))`` -> build a ``Document`` -> ``segment_document``. Segments are
cleaned but not redacted: redaction follows before anything is stored.

Modules: ``discover`` (which files), ``readers/`` (one per format, dispatch in ``readers/__init__``),
``textcodec`` (encodings), ``items``/``structure``/``tables`` (headings, agenda items, lists, table actors from
loose text), ``clean`` (HTML remnants, strike-through, emphasis, Woo markers, page furniture), ``sentences``
(Dutch sentence splitter), ``actors``, ``segment`` and ``answers`` (survey units), ``metadata``, ``manifest``.
"""

from themes.ingest.clean import WOO_PLACEHOLDER, clean_text
from themes.ingest.discover import SUPPORTED_SUFFIXES, discover
from themes.ingest.manifest import ManifestEntry, load_manifest
from themes.ingest.metadata import find_date, infer_meta, normalise_doc_type, parse_date
from themes.ingest.readers import read_document
from themes.ingest.readoptions import MetaOverrides, SurveyOptions
from themes.ingest.segment import HEADING_SEPARATOR, segment_document
from themes.text.sentences import split_sentences

__all__ = [
    "HEADING_SEPARATOR",
    "SUPPORTED_SUFFIXES",
    "WOO_PLACEHOLDER",
    "ManifestEntry",
    "MetaOverrides",
    "SurveyOptions",
    "clean_text",
    "discover",
    "find_date",
    "infer_meta",
    "load_manifest",
    "normalise_doc_type",
    "parse_date",
    "read_document",
    "segment_document",
    "split_sentences",
]

"""storyline from Python: read news inputs, extract and analyse articles, report the story record.

    import storyline
    for doc in storyline.read("crawl.warc.gz"):
        analysis = storyline.analyze(doc)          # the dict `storyline analyze` writes for it
    record = storyline.report(analyses)            # the dict `storyline report --format json` writes

The work is done by storyline's C++ code (the module `storyline._core`), by the same functions the
command line uses, so every dict equals the object the CLI writes for the same input. Analysis
releases the GIL. Resources are found as the CLI finds them: `resources=`, else
$STORYLINE_RESOURCES, else the folder the package was built with. See docs/python.md.
"""
import json
import os
import threading

from . import _core
from ._core import Document, ResourceError

__all__ = ["Document", "DocumentError", "ResourceError", "StorylineError", "read", "extract", "analyze",
           "analyze_many", "report"]


class StorylineError(Exception):
    """Base of the errors this package raises about documents."""


class DocumentError(StorylineError, ValueError):
    """A document could not be read or extracted. The message is the CLI's (`error` of its output
    object); `output` holds the whole object the CLI writes for it."""

    def __init__(self, output):
        super().__init__(output.get("error", "failed"))
        self.output = output


_loaded = {}
_loading = threading.Lock()


def _resources(kind, resources, packs=()):
    """Resources loaded once per process and folder (they are immutable and shared by threads)."""
    key = (kind, resources or "", tuple(packs or ()))
    with _loading:
        if key not in _loaded:
            if kind == "analysis":
                _loaded[key] = _core.load_analysis(resources or "", list(packs or ()))
            elif kind == "extract":
                _loaded[key] = _core.load_extract(resources or "")
            else:
                _loaded[key] = _core.load_claims(resources or "")
        return _loaded[key]


def read(paths, *, max_mb=16):
    """Yields the Documents of files, folders (recursive) or "-" (stdin), in the order and with the
    names `storyline analyze` gives them: HTML, text, JSON Lines, WARC, RSS/Atom, gzip. An input
    that cannot be read yields a Document whose `error` says why (analysing it gives the CLI's
    error object). `paths` is one path or a list."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    stream = _core.read([os.fspath(p) for p in paths], int(max_mb))
    try:
        yield from stream
    finally:
        stream.close()


def _documents(doc, source, max_mb):
    """`doc` as Documents: a Document; a dict like one JSON Lines input object; str or bytes of a
    file's content in any input format."""
    if isinstance(doc, Document):
        return [doc]
    if isinstance(doc, dict):
        return [_core.parse_line(json.dumps(doc, ensure_ascii=False), source or "<dict>", int(max_mb))]
    if isinstance(doc, str):
        doc = doc.encode("utf-8")
    if isinstance(doc, (bytes, bytearray, memoryview)):
        return _core.parse_bytes(bytes(doc), source or "<bytes>", int(max_mb))
    raise TypeError(f"expected a storyline.Document, a dict, str or bytes, not {type(doc).__name__}")


def _one(doc, source, max_mb):
    docs = _documents(doc, source, max_mb)
    if len(docs) != 1:
        raise ValueError(f"the input holds {len(docs)} documents; use analyze_many(storyline.read(...)) "
                         "or iterate over storyline.read")
    return docs


def _result(line, errors):
    output = json.loads(line)
    if errors == "raise" and "error" in output:
        raise DocumentError(output)
    return output


def extract(doc, *, lang="", url="", published="", source=None, max_mb=16, resources=None, errors="raise"):
    """The article object `storyline extract` writes for one document (see _documents for `doc`).
    `lang`, `url`, `published` force those fields as the CLI's options do; `source` names a dict
    or bytes input. Raises DocumentError when the document cannot be read (errors="keep" returns
    the error object instead), ResourceError when the resources cannot be loaded."""
    line, = _core.extract_lines(_resources("extract", resources), _one(doc, source, max_mb), lang, url, published, 1)
    return _result(line, errors)


def analyze(doc, *, lang="", url="", published="", source=None, max_mb=16, resources=None, packs=(),
            errors="raise"):
    """The analysis `storyline analyze` writes for one document: the article object plus its
    layers. Options and errors as for extract(); `packs` are extra gazetteer packs (--pack)."""
    line, = _core.analyze_lines(_resources("analysis", resources, packs), _one(doc, source, max_mb), lang, url,
                                published, 1)
    return _result(line, errors)


def analyze_many(docs, *, jobs=0, chunk=256, lang="", max_mb=16, resources=None, packs=(), errors="keep",
                 as_text=False):
    """Yields the analysis of every document of the iterable `docs` (Documents, dicts, str or
    bytes), in order, analysing `chunk` of them at a time on `jobs` threads (0: all cores) with
    the GIL released. A failed document yields its error object as the CLI writes it
    (errors="raise" raises DocumentError instead). as_text=True yields the JSON Lines text of each
    analysis (no newline) as the CLI writes it, without parsing it."""
    loaded = _resources("analysis", resources, packs)
    batch = []

    def run():
        for line in _core.analyze_lines(loaded, batch, lang, "", "", int(jobs)):
            yield line if as_text else _result(line, errors)

    for doc in docs:
        batch.extend(_documents(doc, None, max_mb))
        if len(batch) >= chunk:
            yield from run()
            batch = []
    if batch:
        yield from run()


def report(analyses, *, format="json", one_story=False, resources=None):
    """The story record of analyses (dicts as analyze() returns them, or their JSON text): the dict
    `storyline report --format json` writes for the same documents, or with format "md" or
    "html" the text of that format. Analyses of failed documents are left out, as the CLI leaves
    them out. Raises ValueError on something that is not an analysis."""
    texts = [a if isinstance(a, str) else json.dumps(a, ensure_ascii=False) for a in analyses]
    out = _core.report(_resources("claims", resources), texts, format, bool(one_story))
    return json.loads(out) if format == "json" else out

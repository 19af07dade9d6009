"""Partitions of storyline's inputs for a cluster, and the task that analyses one into a shard.

A partition is one input file, or for a large plain JSON Lines or WARC file a slice of it: a
byte range that starts and ends on line (record) boundaries, with the number of lines (records)
before it, so that its documents keep the names `storyline analyze` gives them ("path:LINE",
"path#record=N"). Shards are written atomically (a hidden temporary file, then a rename), so a
shard that exists is complete: that is what lets a run resume and a retried task start over.
"""
import json
import os
import uuid

from . import _core


def input_files(inputs):
    """The files the CLI reads for `inputs`, in its order: a folder's entries in byte order of
    their names, recursively, without hidden entries, links to folders or non-input names."""
    files = []
    for path in inputs:
        if path == "-":
            raise ValueError("stdin (-) cannot be split across workers: give files or folders")
        if os.path.isdir(path):
            _walk(path, files)
        else:
            files.append(path)
    return files


def _walk(folder, files):
    for entry in sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name)):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if not entry.is_symlink():
                _walk(entry.path, files)
        elif _core.is_input_file_name(entry.name):
            files.append(entry.path)


def _jsonl_cuts(f, target):
    """(offset, lines before) at line starts, about `target` bytes apart."""
    cuts, offset, lines, since = [(0, 0)], 0, 0, 0
    for line in f:
        offset += len(line)
        lines += 1
        since += len(line)
        if since >= target:
            cuts.append((offset, lines))
            since = 0
    return cuts, offset


def _warc_cuts(f, target):
    """(offset, records before) at record starts, about `target` bytes apart; None when the file
    is not well-formed WARC (it is then read whole, and the reader reports the damage)."""
    cuts, offset, records, start = [(0, 0)], 0, 0, 0
    while True:
        line = f.readline()
        if not line:
            break
        if line.strip(b"\r\n") == b"":  # blank lines between records
            offset += len(line)
            continue
        if offset - start >= target:
            cuts.append((offset, records))
            start = offset
        if not line.startswith(b"WARC/"):
            return None
        offset += len(line)
        length = None
        while True:
            header = f.readline()
            if not header:
                return None
            offset += len(header)
            if header in (b"\r\n", b"\n"):
                break
            name, _, value = header.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value.strip() or b"-1")
        if length is None or length < 0:
            return None
        f.seek(length, os.SEEK_CUR)
        offset += length
        records += 1
    return cuts, offset


def plan(inputs, partition_bytes):
    """The partitions of `inputs`, in input order: dicts {path, begin, end, before, shard, and the
    file's size and modification time} where begin/end are None for a whole file."""
    parts = []
    for path in input_files(inputs):
        whole = {"path": os.path.abspath(path), "begin": None, "end": None, "before": 0}
        try:
            stat = os.stat(path)
            size = stat.st_size
            # A resumed run must read the same files: their size and time are in the manifest.
            whole.update(file_bytes=size, file_mtime_ns=stat.st_mtime_ns)
            with open(path, "rb") as f:
                kind = _core.container_format(f.read(_core.sniff_bytes), path)
                if size <= partition_bytes or kind not in ("jsonl", "warc"):
                    parts.append(whole)
                    continue
                f.seek(0)
                found = _jsonl_cuts(f, partition_bytes) if kind == "jsonl" else _warc_cuts(f, partition_bytes)
        except (OSError, ValueError):
            found = None  # read whole: the worker's reader names the problem as the CLI does
        if found is None or len(found[0]) == 1:
            parts.append(whole)
            continue
        cuts, end = found
        bounds = [c[0] for c in cuts] + [end]
        for (begin, before), stop in zip(cuts, bounds[1:]):
            if stop > begin:
                parts.append(dict(whole, begin=begin, end=stop, before=before))
    width = max(5, len(str(max(len(parts) - 1, 0))))
    for index, part in enumerate(parts):
        part["shard"] = f"part-{index:0{width}d}.jsonl"
    return parts


def _documents(part, max_mb):
    if part["begin"] is None:
        return _core.read([part["path"]], int(max_mb))
    return _core.read_slice(part["path"], part["begin"], part["end"], part["before"], int(max_mb))


def analyse_partition(part, out_dir, options):
    """Analyses one partition into out_dir/<shard>, one line per document as `storyline analyze`
    writes it. Returns {"shard", "documents", "errors"}, errors being the failed documents'
    messages. Runs on a worker; safe to run twice (a retry after a worker died)."""
    from . import analyze_many
    shard = os.path.join(out_dir, part["shard"])
    temporary = os.path.join(out_dir, f".{part['shard']}.{uuid.uuid4().hex}.tmp")
    documents, errors = 0, []
    stream = _documents(part, options.get("max_mb", 16))
    try:
        with open(temporary, "w", encoding="utf-8", newline="\n") as out:
            for line in analyze_many(stream, jobs=1, lang=options.get("lang", ""), max_mb=options.get("max_mb", 16),
                                     resources=options.get("resources"), packs=options.get("packs", ()), as_text=True):
                out.write(line + "\n")
                documents += 1
                if '"error"' in line:  # cheap test first; only then parse to be sure
                    error = json.loads(line).get("error")
                    if error is not None:
                        errors.append(error)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, shard)
    finally:
        stream.close()
        if os.path.exists(temporary):
            os.remove(temporary)
    return {"shard": part["shard"], "documents": documents, "errors": errors}

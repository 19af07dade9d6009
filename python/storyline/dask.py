"""storyline's analyse step on a Dask cluster.

    /usr/bin/python3 -m storyline.dask analyze --scheduler local:2 --out shards/ crawl/
    storyline ingest --db news.db --analysed shards/

Splits the inputs into partitions (files; large plain JSON Lines and WARC files into slices of
about --partition-mb), analyses each on a worker with the package, and writes one JSON Lines
shard per partition into --out: part-00000.jsonl, part-00001.jsonl, ... Their lines, in shard
order, are what one `storyline analyze` of the same inputs writes. See docs/scale.md.
"""
import argparse
import json
import os
import sys

from . import partitions

MANIFEST = "manifest.json"
USAGE_ERROR, SOME_FAILED = 2, 1


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="python3 -m storyline.dask",
        description="Run storyline's analyse step on a Dask cluster, writing JSON Lines shards.")
    commands = parser.add_subparsers(dest="command", required=True)
    analyze = commands.add_parser(
        "analyze", help="analyse inputs into shards of `storyline analyze` output",
        description="Analyse files and folders (HTML, text, JSON Lines, WARC, RSS/Atom, gzip) on a Dask cluster "
                    "into JSON Lines shards in --out, one object per document as `storyline analyze` writes it. "
                    "Running it again with the same inputs and --out resumes: finished shards are kept.")
    analyze.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (recursive)")
    analyze.add_argument("--scheduler", required=True, metavar="local:N|tcp://HOST:PORT",
                         help="local:N starts N single-threaded worker processes on this machine; "
                              "tcp://HOST:PORT uses a running dask-scheduler and its workers")
    analyze.add_argument("--out", required=True, metavar="DIR", help="folder of the shards (created when missing)")
    analyze.add_argument("--partition-mb", type=float, default=64.0,
                         help="split plain JSON Lines and WARC files larger than this into slices of about "
                              "this size (default 64)")
    analyze.add_argument("--lang", default="", help="language of every input (e.g. en, es)")
    analyze.add_argument("--max-mb", type=int, default=16,
                         help="largest document accepted, in MB after decompression (default 16)")
    analyze.add_argument("--resources", default=None,
                         help="resource folder as seen by the workers (default: as the CLI finds it)")
    analyze.add_argument("--pack", action="append", default=[], help="extra gazetteer pack (repeatable)")
    analyze.add_argument("--retries", type=int, default=3,
                         help="times a partition is tried again after its task failed (default 3)")
    return parser.parse_args(argv)


def connect(scheduler):
    """A distributed Client for --scheduler, and the LocalCluster to close after (or None)."""
    from distributed import Client, LocalCluster
    if scheduler.startswith("local:"):
        count = scheduler[len("local:"):]
        if not count.isdigit() or int(count) < 1:
            raise ValueError(f"--scheduler {scheduler}: expected local:N with N at least 1")
        cluster = LocalCluster(n_workers=int(count), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    if scheduler.startswith("tcp://"):
        return Client(scheduler, timeout="30s"), None
    raise ValueError(f"--scheduler {scheduler}: expected local:N or tcp://HOST:PORT")


def prepare_out(out, manifest):
    """Creates --out with the manifest, or checks that an existing one holds the same run."""
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, MANIFEST)
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            if json.load(f) != manifest:
                raise ValueError(f"{out} holds shards of another run (other inputs, input files or options): "
                                 "give a new --out, or remove it")
        return
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
    os.replace(temporary, path)


def run(args):
    from distributed import as_completed, progress
    parts = partitions.plan(args.inputs, int(args.partition_mb * (1 << 20)))
    options = {"lang": args.lang, "max_mb": args.max_mb, "resources": args.resources, "packs": args.pack}
    prepare_out(args.out, {"version": 1, "options": options, "partitions": parts})
    out = os.path.abspath(args.out)
    todo = [p for p in parts if not os.path.exists(os.path.join(out, p["shard"]))]
    if len(todo) < len(parts):
        print(f"storyline.dask: {len(parts) - len(todo)} of {len(parts)} partitions already done in {args.out}",
              file=sys.stderr)
    client, cluster = connect(args.scheduler)
    try:
        futures = [client.submit(partitions.analyse_partition, part, out, options, retries=args.retries, pure=False,
                                 key=f"storyline-{part['shard']}-{os.getpid()}")
                   for part in todo]
        if futures and sys.stderr.isatty():
            progress(futures)
        documents, failed_docs, failed_parts = 0, 0, []
        for future in as_completed(futures):
            try:
                result = future.result()
            except Exception as error:  # a partition that failed every try; the others go on
                failed_parts.append(f"{future.key}: {error}")
                continue
            documents += result["documents"]
            failed_docs += len(result["errors"])
            for error in result["errors"]:
                print(f"storyline: {error}", file=sys.stderr)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    for failure in failed_parts:
        print(f"storyline.dask: partition failed: {failure}", file=sys.stderr)
    print(f"storyline.dask: {documents} documents analysed ({failed_docs} failed) in {len(todo)} partitions; "
          f"{len(parts) - len(failed_parts)} of {len(parts)} shards in {args.out}"
          + ("; run again to finish" if failed_parts else ""))
    return SOME_FAILED if failed_parts or failed_docs else 0


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return run(args)
    except (ValueError, OSError) as error:
        print(f"storyline.dask: {error}", file=sys.stderr)
        return USAGE_ERROR


if __name__ == "__main__":
    sys.exit(main())

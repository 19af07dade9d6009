"""What the package's tests share: where the build is, running the CLI, a synthetic corpus.

The tests run the package of the optimized build (PYTHONPATH=build/python) and compare it with
the binary of the same build ($STORYLINE_BINARY, default build/storyline); CTest sets both.
"""
import os
import subprocess
import sys
import tempfile

SOURCE_DIR = os.environ.get("STORYLINE_SOURCE_DIR") or os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("STORYLINE_BINARY") or os.path.join(SOURCE_DIR, "build", "storyline")
CORPUS = os.path.join(SOURCE_DIR, "examples", "corpus")
PYTHON = "/usr/bin/python3"


def run_cli(*args, check=True):
    """Runs the storyline binary; returns (exit status, stdout text, stderr text)."""
    done = subprocess.run([BINARY, *args], capture_output=True, text=True, encoding="utf-8")
    if check and done.returncode not in (0, 1):
        raise AssertionError(f"storyline {' '.join(args)} exited {done.returncode}: {done.stderr}")
    return done.returncode, done.stdout, done.stderr


def run_dask(*args, env=None):
    """Runs python3 -m storyline.dask; returns the CompletedProcess (text)."""
    return subprocess.run([PYTHON, "-m", "storyline.dask", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env or os.environ.copy())


def synthetic_corpus(folder, articles, files, seed=1):
    """bench/synth_corpus.py's articles written as `files` JSON Lines files in `folder`, in order."""
    text = subprocess.run([PYTHON, os.path.join(SOURCE_DIR, "bench", "synth_corpus.py"), "--articles", str(articles),
                           "--seed", str(seed)], capture_output=True, text=True, check=True).stdout
    lines = text.splitlines(keepends=True)
    per_file = -(-len(lines) // files)
    os.makedirs(folder, exist_ok=True)
    for index in range(files):
        with open(os.path.join(folder, f"news-{index}.jsonl"), "w", encoding="utf-8") as f:
            f.writelines(lines[index * per_file:(index + 1) * per_file])
    return lines


def shard_text(out_dir):
    """The shards of a storyline.dask run, concatenated in shard order."""
    names = sorted(n for n in os.listdir(out_dir) if n.startswith("part-") and n.endswith(".jsonl"))
    text = ""
    for name in names:
        with open(os.path.join(out_dir, name), encoding="utf-8") as f:
            text += f.read()
    return text


def temp_dir(test):
    folder = tempfile.TemporaryDirectory(prefix="storyline-python-test-")
    test.addCleanup(folder.cleanup)
    return folder.name

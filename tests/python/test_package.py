"""The Python package: each function returns what the CLI writes for the same input, and errors
are exceptions carrying the CLI's messages."""
import json
import os
import threading
import unittest

import storyline
from storyline import partitions
from support import CORPUS, SOURCE_DIR, run_cli, temp_dir

FEED = os.path.join(CORPUS, "feed-2026-03-11-to-12.jsonl")
PAGE = os.path.join(CORPUS, "northline-2026-03-12-valve-warning.html")


def cli_lines(*args):
    status, out, err = run_cli(*args)
    return [json.loads(line) for line in out.splitlines()]


class Reading(unittest.TestCase):
    def test_read_yields_the_documents_the_cli_reads_in_its_order(self):
        docs = list(storyline.read(CORPUS))
        self.assertEqual([d.source for d in docs], [a["source"] for a in cli_lines("extract", CORPUS)])
        self.assertTrue(all(isinstance(d, storyline.Document) for d in docs))
        first = docs[0].to_dict()
        self.assertEqual(first["source"], docs[0].source)
        self.assertIn(first["kind"], ("html", "text"))

    def test_read_of_a_missing_path_yields_a_document_with_the_cli_error(self):
        doc, = storyline.read(os.path.join(CORPUS, "missing.html"))
        self.assertIn("cannot open", doc.error)
        with self.assertRaises(storyline.DocumentError) as raised:
            storyline.analyze(doc)
        expected, = cli_lines("analyze", os.path.join(CORPUS, "missing.html"))
        self.assertEqual(str(raised.exception), expected["error"])
        self.assertEqual(raised.exception.output, expected)

    def test_an_abandoned_read_stops_its_reader(self):
        stream = storyline.read([CORPUS, CORPUS, CORPUS])
        next(stream)
        stream.close()  # must return: the reader thread is told to stop, not left blocked

    def test_slices_of_a_json_lines_file_name_documents_as_the_whole_file(self):
        folder = temp_dir(self)
        path = os.path.join(folder, "many.jsonl")
        with open(FEED, encoding="utf-8") as f:
            lines = [line for line in f if line.strip()]
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines * 3) + "\n")  # blank lines between, counted in the names
        parts = partitions.plan([path], 2000)
        self.assertGreater(len(parts), 2)
        sliced = [d.source for p in parts for d in partitions._documents(p, 16)]
        self.assertEqual(sliced, [d.source for d in storyline.read(path)])

    def test_slices_of_a_warc_file_give_what_the_whole_file_gives(self):
        def record(kind, uri, block):
            head = (f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n"
                    f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(block)}\r\n\r\n")
            return head.encode() + block + b"\r\n\r\n"

        with open(PAGE, "rb") as f:
            page = f.read()
        response = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
        path = os.path.join(temp_dir(self), "crawl.warc")
        with open(path, "wb") as f:
            f.write(record("warcinfo", "", b"software: test\r\n"))
            for i in range(6):
                f.write(record("request", f"https://news.test/{i}", b"GET / HTTP/1.1\r\n\r\n"))
                f.write(record("response", f"https://news.test/{i}", response))
        parts = partitions.plan([path], len(page))
        self.assertGreater(len(parts), 3)
        sliced = [d for p in parts for d in partitions._documents(p, 16)]
        self.assertEqual([d.source for d in sliced], [d.source for d in storyline.read(path)])
        self.assertEqual(list(storyline.analyze_many(sliced)), cli_lines("analyze", path))

    def test_a_damaged_warc_file_is_one_partition_read_whole(self):
        path = os.path.join(temp_dir(self), "bad.warc")
        with open(path, "wb") as f:
            f.write(b"WARC/1.1\r\nContent-Length: 5\r\n\r\nabcde\r\n\r\n" + b"x" * 3000)
        parts = partitions.plan([path], 100)
        self.assertEqual([(p["begin"], p["end"]) for p in parts], [(None, None)])


class Extracting(unittest.TestCase):
    def test_extract_of_a_dict_equals_the_cli_on_that_line(self):
        with open(FEED, encoding="utf-8") as f:
            line = f.readline()
        self.assertEqual(storyline.extract(json.loads(line), source=FEED + ":1"), cli_lines("extract", FEED)[0])

    def test_extract_of_bytes_and_str_equals_the_cli_on_the_file(self):
        expected, = cli_lines("extract", PAGE)
        with open(PAGE, "rb") as f:
            data = f.read()
        self.assertEqual(storyline.extract(data, source=PAGE), expected)
        self.assertEqual(storyline.extract(data.decode("utf-8"), source=PAGE), expected)

    def test_options_force_fields_as_the_cli_options_do(self):
        expected, = cli_lines("extract", "--lang", "es", "--url", "https://example.test/a", "--published",
                              "2026-03-01", PAGE)
        with open(PAGE, "rb") as f:
            got = storyline.extract(f.read(), source=PAGE, lang="es", url="https://example.test/a",
                                    published="2026-03-01")
        self.assertEqual(got, expected)


class Analysing(unittest.TestCase):
    def test_analyze_of_every_corpus_document_equals_the_cli(self):
        expected = cli_lines("analyze", CORPUS)
        self.assertEqual([storyline.analyze(doc) for doc in storyline.read(CORPUS)], expected)

    def test_analyze_many_keeps_order_and_equals_the_cli(self):
        expected = cli_lines("analyze", CORPUS)
        self.assertEqual(list(storyline.analyze_many(storyline.read(CORPUS), jobs=2, chunk=3)), expected)
        text = list(storyline.analyze_many(storyline.read(CORPUS), jobs=1, as_text=True))
        self.assertEqual([json.loads(t) for t in text], expected)

    def test_threads_analyse_at_once_with_the_gil_released(self):
        expected = cli_lines("analyze", CORPUS)
        results = [None] * 3

        def work(i):
            results[i] = list(storyline.analyze_many(storyline.read(CORPUS), jobs=2))

        threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, [expected] * 3)

    def test_a_failed_document_is_kept_or_raised_with_the_cli_message(self):
        folder = temp_dir(self)
        bad = os.path.join(folder, "bad.jsonl")
        with open(bad, "w") as f:
            f.write('{"title": "no body"}\n')
        expected, = cli_lines("analyze", bad)
        got, = storyline.analyze_many(storyline.read(bad))
        self.assertEqual(got, expected)
        with self.assertRaises(storyline.DocumentError) as raised:
            list(storyline.analyze_many(storyline.read(bad), errors="raise"))
        self.assertEqual(str(raised.exception), expected["error"])
        with self.assertRaises(storyline.DocumentError):
            storyline.analyze({"title": "no body"})
        self.assertIn('no "html" or "text" field', storyline.analyze({"title": "x"}, errors="keep")["error"])

    def test_bad_arguments_raise(self):
        with self.assertRaises(TypeError):
            storyline.analyze(42)
        with open(FEED, "rb") as f:
            with self.assertRaisesRegex(ValueError, "documents; use analyze_many"):
                storyline.analyze(f.read())

    def test_missing_resources_raise_the_cli_message(self):
        with self.assertRaises(storyline.ResourceError) as raised:
            storyline.analyze({"text": "Hello."}, resources=os.path.join(SOURCE_DIR, "no-such-folder"))
        self.assertIn("resource folder not found or incomplete", str(raised.exception))
        with self.assertRaises(storyline.ResourceError):
            storyline.extract({"text": "Hello."}, resources="/nonexistent")
        with self.assertRaises(storyline.ResourceError):
            storyline.report([], resources="/nonexistent")


class Reporting(unittest.TestCase):
    def test_report_equals_the_cli_report_in_every_format(self):
        analyses = list(storyline.analyze_many(storyline.read(CORPUS)))
        status, out, err = run_cli("report", "--format", "json", CORPUS)
        self.assertEqual(storyline.report(analyses), json.loads(out))
        for form in ("md", "html"):
            status, out, err = run_cli("report", "--format", form, CORPUS)
            self.assertEqual(storyline.report(analyses, format=form), out)
        status, out, err = run_cli("report", "--format", "json", "--one-story", CORPUS)
        self.assertEqual(storyline.report([json.dumps(a) for a in analyses], one_story=True), json.loads(out))

    def test_failed_documents_are_left_out_and_bad_analyses_raise(self):
        failed = storyline.analyze({"title": "x"}, errors="keep")
        self.assertEqual(storyline.report([failed])["stories"], [])
        with self.assertRaisesRegex(ValueError, "analysis 0 is not a JSON object"):
            storyline.report(["not json"])
        with self.assertRaisesRegex(ValueError, "analysis 0 is not an analysis"):
            storyline.report([{"text": 3}])
        with self.assertRaisesRegex(ValueError, "unknown format"):
            storyline.report([], format="xml")


if __name__ == "__main__":
    unittest.main()

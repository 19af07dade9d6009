// storyline._core: the C++ stages for the Python package (python/storyline/__init__.py wraps
// them). Documents are read by the CLI's readers and turned into output by the CLI's own
// functions (present/document_output.h), so the package returns what the CLI writes, as JSON text
// that the package parses. Analysis runs with the GIL released, on `jobs` threads.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <atomic>
#include <sstream>
#include <thread>

#include "analyze/analyze.h"
#include "claims/claims.h"
#include "document_stream.h"
#include "ingest/format_detect.h"
#include "ingest/gzip.h"
#include "ingest/jsonl.h"
#include "link/story.h"
#include "present/document_output.h"
#include "present/report_json.h"
#include "store/analysis_codec.h"

namespace py = pybind11;
using namespace storyline;

namespace {

struct ResourceError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Loads resources as the CLI does; a missing or broken folder raises ResourceError with the
// loader's message.
template <class Load>
auto load(Load&& loader) {
  try {
    return loader();
  } catch (const std::exception& error) {
    throw ResourceError(error.what());
  }
}

std::string resource_dir(const std::string& dir) { return dir.empty() ? default_resource_dir() : dir; }

ReadOptions read_options(std::size_t max_mb, std::size_t units_before = 0) {
  ReadOptions options;
  options.max_document_bytes = max_mb << 20;
  options.units_before = units_before;
  return options;
}

// Maps `docs` through `render` on `jobs` threads (0: all cores), results in input order.
std::vector<std::string> render_all(const std::vector<RawDocument>& docs, unsigned jobs,
                                    const std::function<std::string(const RawDocument&)>& render) {
  std::vector<std::string> out(docs.size());
  if (jobs == 0) jobs = std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<std::size_t>(jobs, std::max<std::size_t>(1, docs.size()));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next++) < docs.size();) out[i] = render(docs[i]);
  };
  py::gil_scoped_release unlocked;
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& thread : threads) thread.join();
  return out;
}

std::vector<std::string> extract_lines(const ExtractResources& resources, const std::vector<RawDocument>& docs,
                                       const ExtractOverrides& overrides, unsigned jobs) {
  return render_all(docs, jobs, [&](const RawDocument& doc) { return output_text(extracted_json(doc, resources, overrides), -1); });
}

std::vector<std::string> analyze_lines(const AnalysisResources& resources, const std::vector<RawDocument>& docs,
                                       const ExtractOverrides& overrides, unsigned jobs) {
  return render_all(docs, jobs, [&](const RawDocument& doc) { return output_text(analysed_json(doc, resources, overrides), -1); });
}

// The record of `report` from analyses as `analyze` writes them; failed documents are left out
// as the CLI leaves them out. Throws std::invalid_argument naming the first bad analysis.
std::string report_text(const ClaimResources& claims, const std::vector<std::string>& analyses,
                        const std::string& format, bool one_story) {
  if (format != "md" && format != "json" && format != "html")
    throw std::invalid_argument("unknown format '" + format + "' (expected md, json or html)");
  py::gil_scoped_release unlocked;
  std::vector<Analysis> parsed;
  for (std::size_t i = 0; i < analyses.size(); ++i) {
    nlohmann::json json = nlohmann::json::parse(analyses[i], nullptr, false);
    if (!json.is_object()) throw std::invalid_argument("analysis " + std::to_string(i) + " is not a JSON object");
    if (json.contains("error")) continue;
    try {
      parsed.push_back(analysis_from_json(json));
    } catch (const std::exception& error) {
      throw std::invalid_argument("analysis " + std::to_string(i) + " is not an analysis: " + error.what());
    }
    refresh_claims(parsed.back(), claims);
  }
  Record record = link_articles(parsed, claims, one_story);
  std::ostringstream out;
  write_report(out, format, parsed, record);
  return out.str();
}

py::dict document_dict(const RawDocument& d) {
  py::dict out;
  out["source"] = d.source;
  out["kind"] = d.kind == ContentKind::Text ? "text" : "html";
  out["content"] = d.content;
  for (auto [key, value] : {std::pair{"id", &d.hints.id}, {"url", &d.hints.url}, {"title", &d.hints.title},
                            {"published", &d.hints.published}, {"lang", &d.hints.lang}, {"outlet", &d.hints.outlet}})
    if (!value->empty()) out[key] = *value;
  if (!d.hints.byline.empty()) out["byline"] = d.hints.byline;
  if (!d.error.empty()) out["error"] = d.error;
  return out;
}

}  // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "storyline's C++ stages; use the package `storyline`, not this module";
  py::register_exception<ResourceError>(m, "ResourceError", PyExc_RuntimeError);

  py::class_<RawDocument>(m, "Document", "One document as read from an input, before extraction.")
      .def_readonly("source", &RawDocument::source)
      .def_readonly("content", &RawDocument::content)
      .def_readonly("error", &RawDocument::error)
      .def_property_readonly("kind", [](const RawDocument& d) { return d.kind == ContentKind::Text ? "text" : "html"; })
      .def("to_dict", &document_dict)
      .def("__repr__", [](const RawDocument& d) { return "<storyline.Document " + d.source + ">"; });

  py::class_<ExtractResources, std::shared_ptr<ExtractResources>>(m, "ExtractResources");
  py::class_<AnalysisResources, std::shared_ptr<AnalysisResources>>(m, "AnalysisResources");
  py::class_<ClaimResources, std::shared_ptr<ClaimResources>>(m, "ClaimResources");
  m.def("default_resource_dir", &default_resource_dir);
  m.def("load_extract", [](const std::string& dir) {
    return load([&] { return std::make_shared<ExtractResources>(load_extract_resources(resource_dir(dir))); });
  });
  m.def("load_analysis", [](const std::string& dir, const std::vector<std::string>& packs) {
    return load([&] { return std::const_pointer_cast<AnalysisResources>(load_analysis_resources(resource_dir(dir), packs)); });
  });
  m.def("load_claims", [](const std::string& dir) {
    return load([&] { return std::const_pointer_cast<ClaimResources>(load_claim_resources(resource_dir(dir))); });
  });

  m.def("is_input_file_name", [](const std::string& name) { return ingest::is_input_file_name(name); },
        "Whether a folder walk reads a file of this name (the CLI skips README.md, images).");
  m.def("container_format", [](const py::bytes& head, const std::string& name) -> std::string {
    std::string bytes = head;
    if (ingest::has_gzip_magic(bytes)) return "gzip";
    switch (ingest::detect_format(bytes, name)) {
      case ingest::InputFormat::JsonLines: return "jsonl";
      case ingest::InputFormat::Warc: return "warc";
      default: return "";
    }
  }, "For a file's first bytes: 'jsonl' or 'warc' when the CLI reads it as that container, 'gzip', else ''.");
  m.attr("sniff_bytes") = ingest::kSniffBytes;
  m.def("parse_line", [](const std::string& line, const std::string& source, std::size_t max_mb) {
    return ingest::document_from_line(line, source, read_options(max_mb));
  }, "One JSON Lines object (text) as a Document, as the JSON Lines reader reads it.");
  m.def("parse_bytes", [](const py::bytes& data, const std::string& source, std::size_t max_mb) {
    std::string bytes = data;
    std::vector<RawDocument> docs;
    py::gil_scoped_release unlocked;
    read_bytes(std::move(bytes), source, read_options(max_mb), [&](RawDocument d) { docs.push_back(std::move(d)); });
    return docs;
  }, "The documents in one file's bytes (any input format), as the CLI reads that file.");

  py::class_<DocumentStream>(m, "DocumentStream")
      .def("__iter__", [](DocumentStream& s) -> DocumentStream& { return s; })
      .def("__next__", [](DocumentStream& s) {
        std::optional<RawDocument> doc;
        {
          py::gil_scoped_release unlocked;
          doc = s.next();
        }
        if (!doc) throw py::stop_iteration();
        return std::move(*doc);
      })
      .def("close", &DocumentStream::close);
  m.def("read", [](const std::vector<std::string>& paths, std::size_t max_mb) {
    ReadOptions options = read_options(max_mb);
    return std::make_unique<DocumentStream>([paths, options](const DocumentSink& sink) { read_inputs(paths, options, sink); });
  }, "Streams the documents of files, folders or '-' as `storyline analyze` reads them.");
  m.def("read_slice", [](const std::string& path, std::uint64_t begin, std::uint64_t end, std::size_t units_before,
                         std::size_t max_mb) {
    ReadOptions options = read_options(max_mb, units_before);
    return std::make_unique<DocumentStream>([=](const DocumentSink& sink) { read_file_slice(path, begin, end, options, sink); });
  }, "Streams the documents of bytes [begin, end) of a JSON Lines or WARC file, named as in the whole file.");

  m.def("extract_lines", [](const ExtractResources& r, const std::vector<RawDocument>& docs, const std::string& lang,
                            const std::string& url, const std::string& published, unsigned jobs) {
    return extract_lines(r, docs, {lang, url, published}, jobs);
  });
  m.def("analyze_lines", [](const AnalysisResources& r, const std::vector<RawDocument>& docs, const std::string& lang,
                            const std::string& url, const std::string& published, unsigned jobs) {
    return analyze_lines(r, docs, {lang, url, published}, jobs);
  });
  m.def("report", &report_text);
}

// What each layer of `analyze` costs, single thread, on the example corpus and the seeds.
//
//   storyline_analyze_bench [benchmark flags] [INPUT ...]
//
// Inputs default to examples/corpus and ../shared/seeds (when present) from the current folder.
// Articles are read and extracted before timing. Each benchmark runs one layer over every
// article, with the layers it depends on computed beforehand, so the figures add up to the
// analyze stage without I/O or JSON: sentences, dates, quantities, entities, speech, claims,
// and the whole of analyze_article (which runs dates twice for an article without a
// publication date: once to estimate it, once to resolve against the estimate). Counters: articles/s, sentences/s, MB/s (10^6 bytes of text).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "recognize/dates/dates.h"
#include "recognize/entities/entities.h"
#include "recognize/quantities/quantities.h"
#include "recognize/speech/speech.h"
#include "claims/claims.h"

namespace {

using namespace storyline;

struct Corpus {
  std::shared_ptr<const AnalysisResources> resources;
  std::vector<Analysis> analyses;  // every layer computed once, the inputs of each benchmark
  double bytes = 0, sentences = 0;
};

std::vector<std::string> g_inputs;

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    c.resources = load_analysis_resources(default_resource_dir());
    std::vector<std::string> inputs = g_inputs;
    if (inputs.empty()) {
      inputs.push_back("examples/corpus");
      if (std::filesystem::exists("../shared/seeds")) inputs.push_back("../shared/seeds");
    }
    read_inputs(inputs, ReadOptions{}, [&](RawDocument doc) {
      Article article = extract_article(doc, c.resources->extract, ExtractOverrides{});
      if (!article.error.empty() || article.text.empty()) return;
      c.analyses.push_back(analyze_article(std::move(article), *c.resources));
      c.bytes += static_cast<double>(c.analyses.back().article.text.size());
      c.sentences += static_cast<double>(c.analyses.back().sentences.size());
    });
    return c;
  }();
  return loaded;
}

void count(benchmark::State& state, const Corpus& c) {
  double n = static_cast<double>(state.iterations());
  state.counters["articles/s"] = benchmark::Counter(n * static_cast<double>(c.analyses.size()), benchmark::Counter::kIsRate);
  state.counters["sentences/s"] = benchmark::Counter(n * c.sentences, benchmark::Counter::kIsRate);
  state.counters["MB/s"] = benchmark::Counter(n * c.bytes / 1e6, benchmark::Counter::kIsRate);
}

const SentenceRules& rules(const Corpus& c, const std::string& lang) {
  auto found = c.resources->sentence_rules.find(lang);
  return found != c.resources->sentence_rules.end() ? found->second : c.resources->sentence_rules.begin()->second;
}

void BM_Sentences(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Analysis& a : c.analyses)
      benchmark::DoNotOptimize(split_sentences(a.article.text, a.article.paragraphs, rules(c, a.article.lang)));
  count(state, c);
}

void BM_Dates(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Analysis& a : c.analyses)
      benchmark::DoNotOptimize(recognize_dates(a.article.text, a.sentences,
                                               DateContext{a.article.lang, a.article.published.value, false},
                                               *c.resources->dates));
  count(state, c);
}

void BM_Quantities(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Analysis& a : c.analyses)
      benchmark::DoNotOptimize(recognize_quantities(a.article.text, a.sentences, a.dates, a.article.lang,
                                                    *c.resources->quantities));
  count(state, c);
}

void BM_Entities(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Analysis& a : c.analyses)
      benchmark::DoNotOptimize(recognize_entities(a.article.text, a.sentences, a.dates, a.article.lang,
                                                  *c.resources->entities));
  count(state, c);
}

void BM_Speech(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Analysis& a : c.analyses) {
      SpeechInput input{a.article.text, a.article.lang, &a.article.paragraphs, &a.sentences,
                        &a.dates,       &a.mentions,    &a.entities};
      benchmark::DoNotOptimize(recognize_speech(input, *c.resources->speech));
    }
  count(state, c);
}

void BM_Claims(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Analysis& a : c.analyses) {
      ClaimInput input{a.article, a.sentences, a.dates, a.quantities, a.mentions, a.entities, a.speech};
      benchmark::DoNotOptimize(extract_claims(input, *c.resources->claims));
    }
  count(state, c);
}

void BM_AnalyzeArticle(benchmark::State& state) {
  const Corpus& c = corpus();
  for (auto _ : state)
    for (const Analysis& a : c.analyses) benchmark::DoNotOptimize(analyze_article(a.article, *c.resources));
  count(state, c);
}

BENCHMARK(BM_Sentences)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Quantities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Entities)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Speech)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Claims)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_AnalyzeArticle)->Unit(benchmark::kMillisecond);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  for (int i = 1; i < argc; ++i) g_inputs.emplace_back(argv[i]);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

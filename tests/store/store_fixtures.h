// Shared by the store tests: resources loaded once, articles written for the tests, the example
// corpus analysed in input order, and a fresh store of either kind (SQLite file or PostgreSQL
// database) for tests run once per backend.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "../cli/run_binary.h"
#include "analyze/analyze.h"
#include "extract/extract.h"
#include "ingest/read.h"
#include "store/postgres_db.h"
#include "store/store.h"

namespace storyline::store_test {

using cli_test::TempDir;

inline const AnalysisResources& resources() {
  static auto loaded = load_analysis_resources(STORYLINE_SOURCE_DIR "/resources");
  return *loaded;
}

inline Analysis analyse(const std::string& url, const std::string& text, const std::string& lang = "en",
                        const std::string& outlet = "Test Outlet", const std::string& published = "2026-03-10") {
  Article a;
  a.url = url;
  a.id = url.empty() ? "no-url" : url;
  a.source = url.empty() ? "test" : url;
  a.outlet = outlet;
  a.title = text.substr(0, text.find('.'));
  a.lang = lang;
  a.text = text;
  a.published = PublishedDate{published, DatePrecision::Day, DateSource::Given};
  a.paragraphs.push_back({0, static_cast<std::uint32_t>(text.size())});
  return analyze_article(std::move(a), resources());
}

inline ArticleToStore prepared(const std::string& url, const std::string& text, const std::string& lang = "en") {
  return prepare_article(analyse(url, text, lang), *resources().claims);
}

// Every document of `path` analysed as `storyline report PATH` reads it, in input order.
inline std::vector<Analysis> analyses_of(const std::string& path) {
  std::vector<Analysis> out;
  read_inputs({path}, ReadOptions{}, [&](RawDocument doc) {
    out.push_back(analyze_article(extract_article(doc, resources().extract, {}), resources()));
  });
  return out;
}

// examples/corpus as `storyline report examples/corpus` reads it: input order, every document.
inline std::vector<Analysis> corpus_analyses() { return analyses_of(STORYLINE_SOURCE_DIR "/examples/corpus"); }

// tests/store/data/threads.jsonl: three stories, two of them one thread (a designation and later
// sanctions, both naming the Sinaloa Cartel and Marco Rubio), and a flood that belongs to none.
inline std::vector<Analysis> thread_corpus_analyses() {
  return analyses_of(STORYLINE_SOURCE_DIR "/tests/store/data/threads.jsonl");
}

// Every store test runs against both stores. PostgreSQL ones need a server: scripts/test starts
// one (scripts/postgres_test_server) and names it in STORYLINE_TEST_POSTGRES; without it they
// are skipped.
enum class Backend { Sqlite, Postgres };

inline std::string backend_name(const ::testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

// So test names read "... # GetParam() = Postgres", not as bytes.
inline void PrintTo(Backend backend, std::ostream* out) { *out << (backend == Backend::Sqlite ? "Sqlite" : "Postgres"); }

inline const auto kBackends = ::testing::Values(Backend::Sqlite, Backend::Postgres);

constexpr const char* kNoPostgres =
    "no PostgreSQL server: run scripts/test, or start one with `scripts/postgres_test_server start DIR` and "
    "export STORYLINE_TEST_POSTGRES=<the URL it prints>";

// The server's URL (postgresql://user@host:port, no database), or "" when not given.
inline std::string postgres_server() {
  const char* url = std::getenv("STORYLINE_TEST_POSTGRES");
  std::string out = url ? url : "";
  while (!out.empty() && out.back() == '/') out.pop_back();
  return out;
}

inline std::string postgres_url(const std::string& database) { return postgres_server() + "/" + database; }

// A fresh store: a SQLite file in a temporary folder, or a PostgreSQL database of its own
// (created here, dropped at the end; named by process and counter, as tests run in parallel).
struct TempStore {
  explicit TempStore(Backend backend = Backend::Sqlite) : backend(backend) {
    if (backend == Backend::Sqlite) return;
    static int counter = 0;
    database = "storyline_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
    path = postgres_url(database);
    postgres::Connection(postgres_url("postgres")).run_once("CREATE DATABASE " + database);
  }
  ~TempStore() {
    if (backend == Backend::Sqlite) return;
    try {  // FORCE: a killed ingest may have left a connection behind
      postgres::Connection(postgres_url("postgres")).run_once("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
    } catch (const StoreError&) {
    }
  }
  TempStore(const TempStore&) = delete;
  TempStore& operator=(const TempStore&) = delete;

  std::unique_ptr<Store> open(OpenMode mode = OpenMode::Create) { return open_store(path, mode); }

  // Runs SQL on the store's database directly (to build old or foreign databases).
  void exec(const std::string& sql) const {
    if (backend == Backend::Postgres) {
      postgres::Connection(path).exec(sql.c_str());
      return;
    }
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    ASSERT_EQ(rc, SQLITE_OK) << message;
  }

  // One integer from a query on the store's database; -1 while it cannot be read (no store yet,
  // SQLite locked).
  long long query_integer(const std::string& sql) const {
    if (backend == Backend::Postgres) {
      try {
        postgres::Connection db(path);
        postgres::Result rows = db.run_once(sql);
        return rows.empty() ? -1 : rows.integer(0, 0);
      } catch (const StoreError&) {
        return -1;
      }
    }
    sqlite3* db = nullptr;
    long long value = -1;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
      sqlite3_busy_timeout(db, 2000);
      sqlite3_stmt* statement = nullptr;
      if (sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
          sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
      sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return value;
  }

  Backend backend;
  TempDir dir;
  std::string database;  // PostgreSQL
  std::string path = (dir.path() / "test.db").string();  // the file, or the database's URL
};

// A test run once per backend, with a fresh store; PostgreSQL cases skip without a server.
class BackendTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    if (GetParam() == Backend::Postgres && postgres_server().empty()) GTEST_SKIP() << kNoPostgres;
    temp_ = std::make_unique<TempStore>(GetParam());
  }
  TempStore& temp() { return *temp_; }
  bool postgres() const { return GetParam() == Backend::Postgres; }

 private:
  std::unique_ptr<TempStore> temp_;
};

}  // namespace storyline::store_test

// Opening stores: a new one gets the latest schema; an older one is upgraded with its rows kept;
// a newer one, a foreign database, a damaged file and a missing store are refused with a message.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "store/sqlite_schema.h"
#include "store_fixtures.h"

namespace storyline {
namespace {

using store_test::TempStore;

void exec(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  char* error = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
  std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(db);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

std::string open_error(const std::string& path, OpenMode mode = OpenMode::Create) {
  try {
    open_store(path, mode);
  } catch (const StoreError& error) {
    return error.what();
  }
  return "";
}

TEST(StoreSchema, NewStoreIsAtTheLatestVersion) {
  TempStore temp;
  auto store = temp.open();
  EXPECT_EQ(store->schema_version(), sqlite::latest_schema_version());
  EXPECT_EQ(store->counts().articles, 0);
  store.reset();
  EXPECT_EQ(temp.open()->schema_version(), sqlite::latest_schema_version());  // reopening changes nothing
}

// A version 1 store, as the first release wrote it (no search tables), with one article in it.
TEST(StoreSchema, UpgradesAVersionOneStoreAndIndexesItsRows) {
  TempStore temp;
  exec(temp.path, sqlite::migrations().at(0).sql);
  exec(temp.path,
       "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL "
       "DEFAULT '2026-01-01T00:00:00Z');"
       "INSERT INTO schema_migrations(version, name) VALUES (1, 'core tables');"
       "INSERT INTO articles(key, id, url, content_hash, revision, current, source, outlet, title, lang, text, "
       "analysis, fingerprint, features) VALUES ('https://old.test/1', 'old1', 'https://old.test/1', 'abc', 1, 1, "
       "'old', 'Old Outlet', 'Inundación en Córdoba', 'es', 'El río subió dos metros en Córdoba.', '{}', x'', "
       "'{}');");
  auto store = temp.open();
  EXPECT_EQ(store->schema_version(), 2);
  EXPECT_EQ(store->counts().articles, 1);
  std::vector<SearchHit> hits = store->search("cordoba", 5);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "old1");
}

TEST(StoreSchema, RefusesAStoreFromANewerVersion) {
  TempStore temp;
  temp.open().reset();
  exec(temp.path, "INSERT INTO schema_migrations(version, name) VALUES (99, 'from the future')");
  std::string error = open_error(temp.path);
  EXPECT_NE(error.find("newer storyline"), std::string::npos) << error;
  EXPECT_NE(error.find("99"), std::string::npos) << error;
}

TEST(StoreSchema, RefusesADatabaseThatIsNotAStore) {
  TempStore temp;
  exec(temp.path, "CREATE TABLE notes (body TEXT)");
  EXPECT_NE(open_error(temp.path).find("not a storyline store"), std::string::npos);
}

TEST(StoreSchema, RefusesADamagedFile) {
  TempStore temp;
  temp.dir.write("test.db", std::string(4096, 'x'));
  std::string error = open_error(temp.path);
  EXPECT_NE(error.find("not a storyline store"), std::string::npos) << error;
  EXPECT_NE(error.find("not a database"), std::string::npos) << error;
}

TEST(StoreSchema, ReadCommandsNeedAnExistingStore) {
  TempStore temp;
  EXPECT_NE(open_error(temp.path, OpenMode::Existing).find("no store at"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(temp.path));  // and none was created
}

TEST(StoreSchema, PostgresqlIsNotBuiltYet) {
  EXPECT_NE(open_error("postgresql://localhost/news").find("not built yet"), std::string::npos);
}

}  // namespace
}  // namespace storyline

// Opening stores: a new one gets the latest schema; an older one is upgraded with its rows kept;
// a newer one, a foreign database, a damaged file and a missing store are refused with a message.
// Each runs on SQLite and on PostgreSQL, where the store is a database on a server.
#include <gtest/gtest.h>

#include "store/postgres_schema.h"
#include "store/sqlite_schema.h"
#include "store_fixtures.h"

namespace storyline {
namespace {

using store_test::Backend;
using store_test::TempStore;

std::string open_error(const std::string& path, OpenMode mode = OpenMode::Create) {
  try {
    open_store(path, mode);
  } catch (const StoreError& error) {
    return error.what();
  }
  return "";
}

class StoreSchema : public store_test::BackendTest {
 protected:
  int latest() const {
    return postgres() ? postgres::latest_schema_version() : sqlite::latest_schema_version();
  }
};

TEST_P(StoreSchema, NewStoreIsAtTheLatestVersion) {
  auto store = temp().open();
  EXPECT_EQ(store->schema_version(), latest());
  EXPECT_EQ(store->counts().articles, 0);
  store.reset();
  EXPECT_EQ(temp().open()->schema_version(), latest());  // reopening changes nothing
}

// A version 1 store, as the first release wrote it (no search), with one article in it.
TEST_P(StoreSchema, UpgradesAVersionOneStoreAndIndexesItsRows) {
  temp().exec(postgres() ? postgres::migrations().at(0).sql : sqlite::migrations().at(0).sql);
  temp().exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL "
      "DEFAULT '2026-01-01T00:00:00Z');"
      "INSERT INTO schema_migrations(version, name) VALUES (1, 'core tables');"
      "INSERT INTO articles(key, id, url, content_hash, revision, current, source, outlet, title, lang, text, "
      "analysis, fingerprint, features) VALUES ('https://old.test/1', 'old1', 'https://old.test/1', 'abc', 1, 1, "
      "'old', 'Old Outlet', 'Inundación en Córdoba', 'es', 'El río subió dos metros en Córdoba.', '{}', " +
      std::string(postgres() ? "'\\x'" : "x''") + ", '{}');");
  auto store = temp().open();
  EXPECT_EQ(store->schema_version(), latest());
  EXPECT_EQ(store->counts().articles, 1);
  std::vector<SearchHit> hits = store->search("cordoba", 5);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].id, "old1");
  EXPECT_NE(hits[0].snippet.find("[Córdoba]"), std::string::npos) << hits[0].snippet;
}

// A version 3 store, as written before threads, with three stories in it: version 4 gives each
// story its thread keys, from its record, and its thread.
TEST_P(StoreSchema, UpgradesAVersionThreeStoreWithThreads) {
  std::string schema;
  for (int v = 0; v < 3; ++v) schema += std::string(postgres() ? postgres::migrations().at(v).sql : sqlite::migrations().at(v).sql) + ";\n";
  temp().exec(schema);
  auto story = [](int id, const std::string& entities) {
    return "INSERT INTO stories(id, articles, outlets, claim_groups, disputed, title, record) VALUES (" +
           std::to_string(id) + ", 2, 2, 0, 0, 'story " + std::to_string(id) +
           "', '{\"articles\":[{\"id\":\"a\"},{\"id\":\"b\"}],\"entities\":[" + entities + "]}');";
  };
  const std::string cartel = R"({"key":"sinaloa cartel","name":"Sinaloa Cartel","type":"ARMED_GROUP","articles":2})";
  const std::string rubio = R"({"key":"marco rubio","name":"Marco Rubio","type":"PERSON","articles":2})";
  const std::string city = R"({"key":"riverton","name":"Riverton","type":"GPE","articles":2})";
  temp().exec(
      "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL "
      "DEFAULT '2026-01-01T00:00:00Z');"
      "INSERT INTO schema_migrations(version, name) VALUES (1, 'core tables'), (2, 'full-text search'), "
      "(3, 'article ids');" +
      story(1, cartel + "," + rubio) + story(5, city + "," + rubio) + story(9, rubio + "," + cartel));
  auto store = temp().open();
  EXPECT_EQ(store->schema_version(), latest());
  std::vector<StoryRow> rows = store->stories();
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].thread, 1);
  EXPECT_EQ(rows[1].thread, 5);  // one key in common is not enough, and places are no keys
  EXPECT_EQ(rows[2].thread, 1);
  std::vector<StoryThread> keys = store->story_threads();
  ASSERT_EQ(keys.size(), 3u);
  EXPECT_EQ(keys[0].keys, (std::vector<std::string>{"marco rubio", "sinaloa cartel"}));
  EXPECT_EQ(keys[1].keys, (std::vector<std::string>{"marco rubio"}));
  std::vector<ThreadRow> threads = store->threads();
  ASSERT_EQ(threads.size(), 2u);
  EXPECT_EQ(threads[0].stories, (std::vector<std::int64_t>{1, 9}));
  EXPECT_EQ(threads[0].title, "story 1");
  EXPECT_EQ(threads[0].entities, (std::vector<std::string>{"Sinaloa Cartel", "Marco Rubio"}));
}

TEST_P(StoreSchema, RefusesAStoreFromANewerVersion) {
  temp().open().reset();
  temp().exec("INSERT INTO schema_migrations(version, name) VALUES (99, 'from the future')");
  std::string error = open_error(temp().path);
  EXPECT_NE(error.find("newer storyline"), std::string::npos) << error;
  EXPECT_NE(error.find("99"), std::string::npos) << error;
}

TEST_P(StoreSchema, RefusesADatabaseThatIsNotAStore) {
  temp().exec("CREATE TABLE notes (body TEXT)");
  std::string error = open_error(temp().path);
  EXPECT_NE(error.find("not a storyline store"), std::string::npos) << error;
  EXPECT_EQ(temp().query_integer("SELECT COUNT(*) FROM articles"), -1);  // and nothing was added
}

TEST_P(StoreSchema, ReadCommandsNeedAnExistingStore) {
  std::string error = open_error(temp().path, OpenMode::Existing);
  EXPECT_NE(error.find("no store at"), std::string::npos) << error;
  if (postgres()) {
    EXPECT_EQ(temp().query_integer("SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public'"), 0);
  } else {
    EXPECT_FALSE(std::filesystem::exists(temp().path));  // and none was created
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreSchema, store_test::kBackends, store_test::backend_name);

TEST(StoreSchemaSqlite, RefusesADamagedFile) {
  TempStore temp;
  temp.dir.write("test.db", std::string(4096, 'x'));
  std::string error = open_error(temp.path);
  EXPECT_NE(error.find("not a storyline store"), std::string::npos) << error;
  EXPECT_NE(error.find("not a database"), std::string::npos) << error;
}

// No server needed: nothing listens on port 1.
TEST(StoreSchemaPostgres, AnUnreachableServerIsNamedWithoutItsPassword) {
  std::string error = open_error("postgresql://news:s3cret@127.0.0.1:1/news?connect_timeout=5");
  EXPECT_NE(error.find("cannot connect to postgresql://news:***@127.0.0.1:1/news"), std::string::npos) << error;
  EXPECT_NE(error.find("refused"), std::string::npos) << error;
  EXPECT_EQ(error.find("s3cret"), std::string::npos) << error;
}

TEST(StoreSchemaPostgres, ALoginRefusedIsNamedWithoutItsPassword) {
  if (store_test::postgres_server().empty()) GTEST_SKIP() << store_test::kNoPostgres;
  std::string server = store_test::postgres_server();
  std::string url = "postgresql://nobody:s3cret@" + server.substr(server.find('@') + 1) + "/postgres";
  std::string error = open_error(url);
  EXPECT_NE(error.find("cannot connect to postgresql://nobody:***@"), std::string::npos) << error;
  EXPECT_NE(error.find("\"nobody\""), std::string::npos) << error;  // the server's reason: no such role
  EXPECT_EQ(error.find("s3cret"), std::string::npos) << error;
}

TEST(StoreSchemaPostgres, AMissingDatabaseIsAnError) {
  if (store_test::postgres_server().empty()) GTEST_SKIP() << store_test::kNoPostgres;
  std::string error = open_error(store_test::postgres_url("storyline_no_such_database"));
  EXPECT_NE(error.find("does not exist"), std::string::npos) << error;
}

}  // namespace
}  // namespace storyline

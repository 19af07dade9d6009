// The store's schema as numbered migrations (docs/schema.md, "The store"). A store records the
// migrations it has in `schema_migrations`; opening one applies the missing ones in order, each
// in its own transaction.
#pragma once

#include <string>
#include <vector>

#include "store/sqlite_db.h"

namespace storyline::sqlite {

struct Migration {
  int version;
  const char* name;
  const char* sql;
  void (*after)(Database&);  // work SQL cannot do (computing threads), or null
};

// Every migration, oldest first; the last one's version is the schema this build writes.
const std::vector<Migration>& migrations();
int latest_schema_version();

// Brings the store at `path` up to the latest version. Throws StoreError for a file that is
// not a storyline store and for a store written by a newer storyline (never touched then).
// Returns the version found before migrating (0 for a new store).
int migrate(Database& db, const std::string& path);

// The version a store is at (0: none applied).
int schema_version(Database& db);

}  // namespace storyline::sqlite

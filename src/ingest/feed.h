// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one document per item or entry.
//
// An item's content is its full text when the feed carries one (content:encoded, Atom
// <content>), else its summary (<description>, <summary>). The item's title, link, guid or id,
// date, authors and the feed's title (as outlet) and language travel as hints. Documents are
// named "path#item=N", N counting items from 1. Items read before an XML error are delivered,
// followed by one error document for the rest of the file.
#pragma once

#include <string>
#include <string_view>

#include "ingest/read.h"

namespace storyline::ingest {

// `bytes` is the whole feed, in whatever encoding its BOM or XML declaration names.
void read_feed(std::string_view bytes, const std::string& path, const ReadOptions& options,
               const DocumentSink& sink);

}  // namespace storyline::ingest

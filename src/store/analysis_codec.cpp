#include "store/analysis_codec.h"

#include "store/analysis_check.h"

#include "store/codec_fields.h"
#include "store/layer_codec.h"

namespace storyline {
namespace {

using namespace codec;

// The inverse of a to_string over an enum's values; `fallback` for a name no value has.
template <class Enum, std::size_t N>
Enum parse_enum(const std::string& name, const Enum (&values)[N], Enum fallback) {
  for (Enum value : values)
    if (name == to_string(value)) return value;
  return fallback;
}

EntityType entity_type_of(const json& object) {
  EntityType type = EntityType::Person;
  std::string name = get<std::string>(object, "type");
  if (!parse_entity_type(name, &type)) throw std::runtime_error("analysis JSON: unknown entity type '" + name + "'");
  return type;
}

TimeExpression date_from_json(const json& j) {
  static constexpr TimeAnchor anchors[] = {TimeAnchor::Absolute, TimeAnchor::Publication, TimeAnchor::Text,
                                           TimeAnchor::Unresolved};
  TimeExpression date;
  date.span = span_of(j, "span");
  date.type = get<std::string>(j, "type");
  date.value = get<std::string>(j, "value");
  date.anchor = parse_enum(get<std::string>(j, "anchor"), anchors, TimeAnchor::Unresolved);
  date.mod = get_or<std::string>(j, "mod", "");
  date.anchor_date = get_or(j, "anchor_date", -1);
  date.begin = get_or<std::string>(j, "begin", "");
  date.end = get_or<std::string>(j, "end", "");
  date.estimated = get_or(j, "estimated", false);
  return date;
}

Quantity quantity_from_json(const json& j) {
  Quantity q;
  q.span = span_of(j, "span");
  q.value = get<double>(j, "value");
  if (j.contains("low")) q.low = get<double>(j, "low");
  if (j.contains("high")) q.high = get<double>(j, "high");
  q.unit = get<std::string>(j, "unit");
  q.approx = get<std::string>(j, "approx");
  if (j.contains("counted")) q.counted = span_of(j["counted"], "span");
  q.ordinal = get_or(j, "ordinal", false);
  return q;
}

Mention mention_from_json(const json& j) {
  Mention m;
  m.span = span_of(j, "span");
  m.type = entity_type_of(j);
  m.entity = get<int>(j, "entity");
  m.kind = get_or(j, "nominal", false) ? MentionKind::Nominal : MentionKind::Name;
  m.role = spanned_or_empty(j, "role");
  return m;
}

Entity entity_from_json(const json& j) {
  Entity e;
  e.name = get<std::string>(j, "name");
  e.type = entity_type_of(j);
  e.key = get<std::string>(j, "key");
  e.mentions = get<std::vector<int>>(j, "mentions");
  e.aliases = get<std::vector<std::string>>(j, "aliases");
  e.roles = get<std::vector<std::string>>(j, "roles");
  e.outlet = get_or(j, "outlet", false);
  return e;
}

template <class T, class Read>
std::vector<T> layer(const json& object, const char* name, Read read) {
  std::vector<T> out;
  for (const json& item : need(object, name)) out.push_back(read(item));
  return out;
}

}  // namespace

Article article_from_json(const json& j) {
  static constexpr DatePrecision precisions[] = {DatePrecision::Second, DatePrecision::Day, DatePrecision::Month,
                                                 DatePrecision::Year, DatePrecision::Unknown};
  static constexpr DateSource sources[] = {DateSource::Given, DateSource::Metadata, DateSource::Url,
                                           DateSource::Text, DateSource::Estimated, DateSource::None};
  Article a;
  a.id = get<std::string>(j, "id");
  a.source = get<std::string>(j, "source");
  a.url = get<std::string>(j, "url");
  a.outlet = get<std::string>(j, "outlet");
  a.title = get<std::string>(j, "title");
  a.byline = get<std::vector<std::string>>(j, "byline");
  const json& published = need(j, "published");
  a.published.value = get_or<std::string>(published, "value", "");
  a.published.precision = parse_enum(get<std::string>(published, "precision"), precisions, DatePrecision::Unknown);
  a.published.from = parse_enum(get<std::string>(published, "from"), sources, DateSource::None);
  a.lang = get<std::string>(j, "lang");
  a.text = get<std::string>(j, "text");
  for (const json& pair : need(j, "paragraphs")) a.paragraphs.push_back(to_span(pair));
  for (const json& block : need(j, "dropped"))
    a.dropped.push_back({get<std::string>(block, "text"), get<std::string>(block, "reason")});
  a.error = get_or<std::string>(j, "error", "");
  return a;
}

namespace {

Analysis read_analysis(const json& j) {
  if (!j.is_object()) throw std::runtime_error("analysis JSON: not an object");
  Analysis a;
  a.article = article_from_json(j);
  for (const json& pair : need(j, "sentences")) a.sentences.push_back(to_span(pair));
  a.dates = layer<TimeExpression>(j, "dates", date_from_json);
  a.quantities = layer<Quantity>(j, "quantities", quantity_from_json);
  a.mentions = layer<Mention>(j, "mentions", mention_from_json);
  a.entities = layer<Entity>(j, "entities", entity_from_json);
  a.speech = speech_from_json(j, a.article.text);
  for (const json& claim : need(j, "claims")) a.claims.push_back(claim_from_json(claim));
  a.claims_version = get_or(j, "claims_version", 1);  // stores written before figures had roles
  return a;
}

}  // namespace

Analysis analysis_from_json(const json& j) {
  Analysis a;
  try {
    a = read_analysis(j);
  } catch (const nlohmann::json::exception& error) {  // a value of the wrong type in a nested field
    throw std::runtime_error(std::string("analysis JSON: ") + error.what());
  }
  check_stored_analysis(a);
  return a;
}

}  // namespace storyline

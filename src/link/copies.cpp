#include "link/copies.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <limits>
#include <string>

namespace storyline {
namespace {

// Four-word shingles. Every changed word breaks the (up to) k shingles that cover it, so a
// smaller k keeps a lightly edited wire copy above the threshold; a larger k keeps stock
// phrases out of the overlap. At k = 4 phrases shared by independently written reports of the
// same event ("according to the ministry", a quoted sentence) stay a few percent of either
// shingle set, while a copy with a new lead paragraph and a handful of edits keeps well over half.
constexpr int kShingleWords = 4;

// Below this many words a shared text is more often a headline, a caption or boilerplate
// ("This video is not available in your country") than syndication, so it never copies.
constexpr int kMinWords = 25;

// LSH: 128 MinHash values as 32 bands of 4 rows. Two texts with Jaccard similarity J agree on a
// whole band with probability J^4 and become candidates when any band agrees:
//   P(J) = 1 - (1 - J^4)^32,  steepest near (1/32)^(1/4) = 0.42.
//   J:    0.2    0.3    0.4    0.5    0.6    0.7    0.8
//   P:    0.05   0.23   0.56   0.87   0.99   1.00   1.00
// Candidates are then checked against the full 128-value estimate, so pairs far below the
// 0.5 threshold cost one comparison at most and pairs above it are missed rarely (13% at
// exactly 0.5, 1% at 0.6), less often still when a third copy links them.
constexpr int kBands = 32;
constexpr int kRows = kMinHashes / kBands;
static_assert(kBands * kRows == kMinHashes);

// A bucket is scanned newest first and only this far: buckets hold one entry per copy group,
// so a long one means many distinct texts sharing a band (shared boilerplate), where the newest
// are the likeliest sources of a copy. This bounds the work of one add().
constexpr int kMaxBucketScan = 64;

constexpr std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// One 64-bit hash per shingle, turned into kMinHashes values by multiply-shift hashing
// (a * x + b) >> 32 with odd a: the shingle hash is already well mixed, so these cheap
// functions act as independent permutations. Fixed seeds keep fingerprints stable across runs.
struct Permutations {
  std::array<std::uint64_t, kMinHashes> a{}, b{};
  constexpr Permutations() {
    std::uint64_t state = 0x5EED0F5A11C0FFEEULL;
    for (int i = 0; i < kMinHashes; ++i) {
      a[i] = splitmix64(state) | 1;
      b[i] = splitmix64(state);
    }
  }
};
constexpr Permutations kPermutations;

// Lower case, accents off ("Según" and "segun" agree), so an outlet's typography never hides
// a copy. Only what news text in English and Spanish needs; other letters are kept as they are.
UChar32 fold_letter(UChar32 c) {
  c = u_tolower(c);
  if (c < 0xE0 || c > 0xFF) return c;
  static constexpr char kPlain[] = "aaaaaa/ceeeeiiii" "dnooooo/ouuuuy/y";  // U+00E0..U+00FF
  const char plain = kPlain[c - 0xE0];
  return plain == '/' ? c : plain;
}

// Hashes of the words of `text`: runs of letters and digits, folded. Punctuation, quote marks
// and spacing never reach a hash.
std::vector<std::uint64_t> word_hashes(std::string_view text) {
  std::vector<std::uint64_t> hashes;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    hashes.push_back(XXH3_64bits(word.data(), word.size()));
    word.clear();
  };
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto length = static_cast<std::int32_t>(
      std::min<std::size_t>(text.size(), std::numeric_limits<std::int32_t>::max()));
  std::int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !u_isalnum(c)) {
      flush();
      continue;
    }
    c = fold_letter(c);
    char buffer[U8_MAX_LENGTH];
    std::int32_t n = 0;
    [[maybe_unused]] UBool error = false;
    U8_APPEND(reinterpret_cast<std::uint8_t*>(buffer), n, U8_MAX_LENGTH, c, error);
    word.append(buffer, static_cast<std::size_t>(n));
  }
  flush();
  return hashes;
}

}  // namespace

Fingerprint fingerprint(std::string_view text) {
  Fingerprint result;
  const std::vector<std::uint64_t> words = word_hashes(text);
  if (words.size() < static_cast<std::size_t>(kMinWords)) return result;
  std::array<std::uint32_t, kMinHashes> mins;
  mins.fill(std::numeric_limits<std::uint32_t>::max());
  for (std::size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    const std::uint64_t shingle = XXH3_64bits(&words[i], kShingleWords * sizeof(std::uint64_t));
    for (int h = 0; h < kMinHashes; ++h) {
      const auto value = static_cast<std::uint32_t>(
          (kPermutations.a[h] * shingle + kPermutations.b[h]) >> 32);
      mins[h] = std::min(mins[h], value);
    }
  }
  result.minhash.assign(mins.begin(), mins.end());
  return result;
}

double similarity(const Fingerprint& a, const Fingerprint& b) {
  if (a.minhash.empty() || a.minhash.size() != b.minhash.size()) return 0;
  std::size_t same = 0;
  for (std::size_t i = 0; i < a.minhash.size(); ++i) same += a.minhash[i] == b.minhash[i];
  return static_cast<double>(same) / static_cast<double>(a.minhash.size());
}

CopyIndex::CopyIndex(double threshold) : threshold_(threshold) {}

std::vector<std::uint64_t> CopyIndex::band_keys(const Fingerprint& fingerprint) const {
  std::vector<std::uint64_t> keys(kBands);
  for (int band = 0; band < kBands; ++band)
    keys[band] = XXH3_64bits_withSeed(&fingerprint.minhash[band * kRows],
                                      kRows * sizeof(std::uint32_t),
                                      static_cast<std::uint64_t>(band));
  return keys;
}

int CopyIndex::add(const Fingerprint& fingerprint) {
  const int doc = static_cast<int>(docs_.size());
  docs_.push_back(fingerprint);
  group_.push_back(doc);
  score_.push_back(0);
  if (fingerprint.minhash.size() != static_cast<std::size_t>(kMinHashes)) {
    docs_.back().minhash.clear();
    return -1;
  }
  const std::vector<std::uint64_t> keys = band_keys(fingerprint);

  std::vector<int> candidates;
  for (std::uint64_t key : keys) {
    const auto bucket = bucket_head_.find(key);
    if (bucket == bucket_head_.end()) continue;
    int scanned = 0;
    for (int e = bucket->second; e >= 0 && scanned < kMaxBucketScan; e = entries_[e].next, ++scanned)
      candidates.push_back(entries_[e].doc);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

  // The most similar earlier document decides; ties go to the earliest, as candidates are sorted.
  int best = -1;
  double best_score = 0;
  for (int candidate : candidates) {
    ++comparisons_;
    const double score = similarity(fingerprint, docs_[candidate]);
    if (score >= threshold_ && score > best_score) {
      best = candidate;
      best_score = score;
    }
  }
  if (best >= 0) {
    group_[doc] = group_[best];
    score_[doc] = best_score;
  }

  // A bucket needs one document per group: another copy of the same text in the same bucket
  // would only be compared again to reach the same group.
  bool indexed = false;
  for (std::uint64_t key : keys) {
    auto [bucket, fresh] = bucket_head_.try_emplace(key, -1);
    bool group_present = false;
    int scanned = 0;
    for (int e = bucket->second; e >= 0 && scanned < kMaxBucketScan; e = entries_[e].next, ++scanned)
      if (group_[entries_[e].doc] == group_[doc]) {
        group_present = true;
        break;
      }
    if (group_present) continue;
    entries_.push_back({doc, bucket->second});
    bucket->second = static_cast<int>(entries_.size()) - 1;
    indexed = true;
  }
  if (!indexed) docs_.back().minhash = {};  // never compared again: free its 512 bytes
  return best >= 0 ? group_[doc] : -1;
}

int CopyIndex::group_of(int doc) const { return group_.at(static_cast<std::size_t>(doc)); }

double CopyIndex::best_similarity(int doc) const {
  return score_.at(static_cast<std::size_t>(doc));
}

}  // namespace storyline

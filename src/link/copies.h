// Copies: syndicated and lightly rewritten articles, found by MinHash over word shingles.
//
//   CopyIndex index;
//   for (const Analysis& a : analyses) {
//     int original = index.add(fingerprint(a.article.text));  // -1: no earlier near-duplicate
//   }
//
// A wire story carried by ten sites is one source, not ten: verdicts count independent sources
// by copy group. Adding a document costs O(bands) hash lookups plus a few Jaccard estimates, so
// indexing n documents is near-linear.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace storyline {

inline constexpr int kMinHashes = 128;  // 32 LSH bands of 4 rows; see copies.cpp

struct Fingerprint {
  std::vector<std::uint32_t> minhash;  // kMinHashes values; empty for texts too short to shingle
};

// Word shingles of the folded text (case, accents and punctuation ignored), MinHashed.
Fingerprint fingerprint(std::string_view text);

// Estimated Jaccard similarity of the two shingle sets (0..1); 0 when either is empty.
double similarity(const Fingerprint& a, const Fingerprint& b);

class CopyIndex {
 public:
  // `threshold`: the estimated similarity at or above which two texts are copies.
  explicit CopyIndex(double threshold = 0.5);

  // Adds the next document (ids are 0, 1, 2... in call order). Returns the id of the first
  // document of its copy group when it copies an earlier one, else -1. Groups are transitive:
  // a copy of a copy joins the first document's group.
  int add(const Fingerprint& fingerprint);

  // The first document of `doc`'s copy group (itself when it is an original).
  int group_of(int doc) const;
  double best_similarity(int doc) const;  // to the document it was found to copy; 0 if none

  // Fingerprints compared in full so far, summed over every add(): what keeps indexing
  // near-linear, exposed for tests and benchmarks.
  long long comparisons() const { return comparisons_; }

 private:
  struct BucketEntry {
    int doc;
    int next;  // the previous entry of the same bucket, -1 at the end
  };
  std::vector<std::uint64_t> band_keys(const Fingerprint& fingerprint) const;

  double threshold_;
  std::vector<Fingerprint> docs_;  // emptied for documents no bucket refers to
  std::vector<int> group_;
  std::vector<double> score_;
  // LSH buckets: one table for all bands (the band number seeds the key), each bucket a chain
  // of entries newest first. Flat chains instead of a vector per bucket: 32 buckets per
  // original document add up, and most buckets hold one document.
  std::unordered_map<std::uint64_t, int> bucket_head_;
  std::vector<BucketEntry> entries_;
  long long comparisons_ = 0;
};

}  // namespace storyline

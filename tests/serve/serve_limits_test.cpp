// What a bad client can and cannot do to the server: a malformed request gets a JSON 400 and
// the connection closes; clients that stall mid-request hold one worker each, and the others go
// on answering.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <vector>

#include "serve_fixtures.h"

namespace storyline {
namespace {

using serve_test::RunningServer;

// A raw loopback connection, for requests no HTTP client library would send.
class RawConnection {
 public:
  explicit RawConnection(int port) : fd_(::socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    connected_ = fd_ >= 0 && ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
  }
  ~RawConnection() {
    if (fd_ >= 0) ::close(fd_);
  }
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return connected_; }
  bool send(const std::string& bytes) { return ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size()); }
  // Everything the server sends until it closes the connection.
  std::string read_all() {
    std::string out;
    char buffer[4096];
    for (ssize_t n; (n = ::recv(fd_, buffer, sizeof buffer, 0)) > 0;) out.append(buffer, static_cast<std::size_t>(n));
    return out;
  }

 private:
  int fd_;
  bool connected_ = false;
};

TEST(ServeLimits, AMalformedRequestIsAJson400AndTheConnectionCloses) {
  RunningServer server(ServeOptions{});
  RawConnection raw(server.port());
  ASSERT_TRUE(raw.connected());
  ASSERT_TRUE(raw.send("\x01\x02 not http at all\r\n\r\n"));
  std::string answer = raw.read_all();  // returns because the server closes
  EXPECT_TRUE(answer.starts_with("HTTP/1.1 400")) << answer;
  EXPECT_NE(answer.find("application/json"), std::string::npos) << answer;
  EXPECT_NE(answer.find("\"error\""), std::string::npos) << answer;
  EXPECT_TRUE(server.client().Get("/api/stories"));
}

TEST(ServeLimits, StalledClientsHoldOneWorkerEachAndTheRestAnswer) {
  ServeOptions options;
  options.threads = 4;
  // Far longer than the test: were a stalled client to block the others, the request below would
  // wait on it (and CTest's timeout would end the test), not succeed.
  options.timeout_seconds = 3600;
  RunningServer server(options);
  std::vector<std::unique_ptr<RawConnection>> stalled;
  for (unsigned i = 0; i + 1 < options.threads; ++i) {
    stalled.push_back(std::make_unique<RawConnection>(server.port()));
    ASSERT_TRUE(stalled.back()->connected());
    // A request line and one header, then nothing: the worker waits for the rest.
    ASSERT_TRUE(stalled.back()->send("GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
  }
  for (int round = 0; round < 3; ++round) {
    httplib::Result result = server.client().Get("/api/stories");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
  }
}

// Browsers accept Brotli, which this cpp-httplib writes at its slowest setting (seconds for a
// large story): they get gzip, and a client asking only for Brotli gets the plain body.
TEST(ServeLimits, BrotliIsNeverUsedAndGzipIs) {
  RunningServer server(ServeOptions{}, serve_test::ingest_corpus);
  std::int64_t story = server.store().stories().at(0).id;
  for (const char* accepted : {"gzip, deflate, br", "br;q=1.0, gzip;q=0.8", "br"}) {
    httplib::Client client = server.client();
    client.set_decompress(false);
    httplib::Result result = client.Get("/api/stories/" + std::to_string(story), {{"Accept-Encoding", accepted}});
    ASSERT_TRUE(result);
    EXPECT_EQ(result->status, 200);
    std::string encoding = result->get_header_value("Content-Encoding");
    EXPECT_NE(encoding, "br") << accepted;
    EXPECT_EQ(encoding, std::string(accepted).find("gzip") != std::string::npos ? "gzip" : "") << accepted;
  }
  nlohmann::json story_json = serve_test::body_of(server.client().Get("/api/stories/" + std::to_string(story)));
  EXPECT_EQ(story_json["id"], story);  // and the default client (which decompresses) reads it whole
}

}  // namespace
}  // namespace storyline

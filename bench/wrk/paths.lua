-- wrk script: each request asks for a path drawn at random from the file named by $WRK_PATHS
-- (one path per line), so a run spreads over the whole store instead of one cached answer.
local paths = {}

local function load()
  local file = assert(io.open(assert(os.getenv("WRK_PATHS"), "set WRK_PATHS"), "r"))
  for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
  end
  file:close()
  assert(#paths > 0, "no paths in " .. os.getenv("WRK_PATHS"))
end

function init(args)
  load()
  math.randomseed(os.time() + (args[1] and tonumber(args[1]) or 0))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end

-- wrk counts any status but 2xx/3xx as an error: printed, so a run of 404s cannot pass for a fast one.
function done(summary, latency, requests)
  io.write(string.format("non-2xx responses: %d\n", summary.errors.status))
end

-- wrk script: one JSON line with throughput, latency percentiles and errors.
-- The request (URL, headers) comes from wrk's command line.
--
-- With several wrk threads, each thread after the first starts WRK_STAGGER_MS later
-- (default 0). uvicorn's workers share one listening socket and the first to wake
-- accepts every waiting connection; opening the connections in steps, while the
-- first worker is already busy, lets the other workers take their share.

local started = 0
local stagger = (tonumber(os.getenv("WRK_STAGGER_MS") or "0") or 0) / 1000

setup = function(thread)
  started = started + 1
  if started > 1 and stagger > 0 then
    local until_time = os.clock() + stagger
    while os.clock() < until_time do end
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,' ..
    '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},' ..
    '"latency_us":{"min":%d,"mean":%.1f,"stdev":%.1f,"max":%d,' ..
    '"p50":%d,"p90":%d,"p95":%d,"p99":%d,"p999":%d}}\n',
    summary.requests, summary.duration, summary.bytes,
    e.connect, e.read, e.write, e.status, e.timeout,
    latency.min, latency.mean, latency.stdev, latency.max,
    latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency:percentile(99.9)))
end

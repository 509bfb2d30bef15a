-- wrk script for PATCH /cases/{id} with If-Match (appended to report.lua by the harness).
--
-- BENCH_IDS names a file with one case id per line and BENCH_PREFIX the path before the
-- id. Thread k of n takes every n-th id and patches them in turn, so one case is never
-- in flight twice (the pool is far larger than a thread's connections); the harness
-- sets every version to BENCH_BASE before each run, so the i-th time round the pool the
-- version is BENCH_BASE + i - 1: each request sends the current ETag and must win.

local thread_no = 0
local setup_report = setup

setup = function(thread)
  thread_no = thread_no + 1
  thread:set("thread_index", thread_no)
  if setup_report then setup_report(thread) end
end

local ids = {}
local counter = 0
local prefix = os.getenv("BENCH_PREFIX") or "/cases/"
local base = tonumber(os.getenv("BENCH_BASE") or "1")
local headers = {}

init = function(args)
  local n = tonumber(os.getenv("BENCH_THREADS") or "1")
  local all = {}
  for line in io.lines(os.getenv("BENCH_IDS")) do
    if #line > 0 then all[#all + 1] = line end
  end
  for i, id in ipairs(all) do
    if (i - 1) % n == thread_index - 1 then ids[#ids + 1] = id end
  end
  for key, value in pairs(wrk.headers) do headers[key] = value end
  headers["Content-Type"] = "application/merge-patch+json"
end

request = function()
  counter = counter + 1
  local k = ((counter - 1) % #ids) + 1
  local version = base + math.floor((counter - 1) / #ids)
  local body = '{"question":"Wat is de volgende stap, ronde ' .. counter .. '?"}'
  headers["If-Match"] = '"' .. version .. '"'
  return wrk.format("PATCH", prefix .. ids[k], headers, body)
end

-- Statuses other than 200, per thread, printed after the summary line (BENCH_STATUS ...).
statuses = {}
response = function(status, headers, body)
  if status ~= 200 then statuses[status] = (statuses[status] or 0) + 1 end
end

local all_threads = {}
local setup_patch = setup
setup = function(thread)
  all_threads[#all_threads + 1] = thread
  setup_patch(thread)
end

local done_report = done
done = function(summary, latency, requests)
  done_report(summary, latency, requests)
  for _, thread in ipairs(all_threads) do
    local found = thread:get("statuses")
    for status, count in pairs(found or {}) do
      io.write(string.format("BENCH_STATUS %d %d\n", status, count))
    end
  end
end

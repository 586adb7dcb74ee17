-- The io and os libraries on the libc: files (in memory on Valida),
-- environment, dates at fixed times, string packing.
local name = os.tmpname()
local f = assert(io.open(name, "w"))
for i = 1, 5 do f:write("line ", i, "\n") end
f:close()
local n = 0
for line in io.lines(name) do n = n + 1 end
print("lines", n)
f = assert(io.open(name, "r"))
print("read", f:read("l"), f:read("n"), f:seek("cur"), f:seek("end"))
f:close()
print("rename", os.rename(name, name .. ".2"))
print("remove", os.remove(name .. ".2"), io.open(name .. ".2") == nil)
print("missing", select(2, io.open("/nonexistent/file")))
print("getenv", os.getenv("VALIDA_NO_SUCH_VARIABLE"))
print("date", os.date("!%Y-%m-%d %H:%M:%S %j %A", 86400 * 365 + 3600))
print("time", os.time({year = 2024, month = 2, day = 29, hour = 12}) ~= nil)
print("clock", type(os.clock()))
print("pack", string.unpack("<i4", string.pack("<i4", -2)), #string.pack("z", "abc"))
local t = {}
for i = 1, 1000 do t[i] = tostring(i) end
print("concat", #table.concat(t))
collectgarbage()
print("gc", collectgarbage("count") > 0)

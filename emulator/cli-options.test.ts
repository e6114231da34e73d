import path from "node:path";

import { describe, expect, it } from "vitest";

import { DEFAULT_OPTIONS, parseCliOptions, parseFaults } from "./cli-options";

describe("emulator command line", () => {
  it("starts with the documented defaults when given no flags", () => {
    const result = parseCliOptions([]);
    expect(result).toEqual({
      ok: true,
      options: {
        ...DEFAULT_OPTIONS,
        reposDir: path.join(".data/emulator", "repos"),
        serviceUrls: "local",
      },
    });
    expect(DEFAULT_OPTIONS).toMatchObject({
      host: "127.0.0.1",
      dataDir: ".data/emulator",
      operationMs: 15_000,
      maxServices: 100,
      faults: { throttle: 0, error: 0, latencyMs: 0 },
      codeServices: "run",
      repoPollMs: 2_000,
    });
  });

  it("looks for repositories inside the data dir unless --repos-dir says where", () => {
    const inData = parseCliOptions(["--data-dir", "/tmp/d"]);
    expect(inData.ok === true && inData.options.reposDir).toBe(path.join("/tmp/d", "repos"));
    const given = parseCliOptions(["--data-dir", "/tmp/d", "--repos-dir", "/srv/git"]);
    expect(given.ok === true && given.options.reposDir).toBe("/srv/git");
  });

  it("reads every flag, in both --flag value and --flag=value forms", () => {
    const result = parseCliOptions([
      "--port",
      "0",
      "--data-dir=/tmp/x",
      "--operation-ms",
      "300",
      "--account-id",
      "444455556666",
      "--host=0.0.0.0",
      "--max-services",
      "2",
      "--faults",
      "throttle=0.1,error=0.02,latency=200",
      "--code-services",
      "simulate",
      "--repos-dir=/tmp/repos",
      "--repo-poll-ms",
      "500",
      "--service-urls=local",
      "--scale-in-idle-ms",
      "1500",
    ]);
    expect(result).toEqual({
      ok: true,
      options: {
        port: 0,
        dataDir: "/tmp/x",
        operationMs: 300,
        accountId: "444455556666",
        host: "0.0.0.0",
        maxServices: 2,
        faults: { throttle: 0.1, error: 0.02, latencyMs: 200 },
        codeServices: "simulate",
        reposDir: "/tmp/repos",
        repoPollMs: 500,
        serviceUrls: "local",
        scaleInIdleMs: 1500,
      },
    });
  });

  it("gives ServiceUrl the local form when code runs and AWS's when it is simulated", () => {
    const run = parseCliOptions([]);
    expect(run.ok === true && run.options.serviceUrls).toBe("local");
    const simulate = parseCliOptions(["--code-services", "simulate"]);
    expect(simulate.ok === true && simulate.options.serviceUrls).toBe("aws");
    const chosen = parseCliOptions(["--code-services", "simulate", "--service-urls", "local"]);
    expect(chosen.ok === true && chosen.options.serviceUrls).toBe("local");
  });

  it.each([
    [["--verbose"], /unknown argument/],
    [["--port"], /needs a value/],
    [["--port", "70000"], /bad value for --port/],
    [["--port", "-1"], /bad value for --port/],
    [["--operation-ms", "fast"], /bad value for --operation-ms/],
    [["--account-id", "123"], /bad value for --account-id/],
    [["--max-services", "1.5"], /bad value for --max-services/],
    [["--faults", "throttle=2"], /bad value for --faults/],
    [["--faults", "explode=0.1"], /bad value for --faults/],
    [["--code-services", "docker"], /bad value for --code-services/],
    [["--repos-dir", ""], /bad value for --repos-dir/],
    [["--repo-poll-ms", "5"], /bad value for --repo-poll-ms/],
    [["--service-urls", "public"], /bad value for --service-urls/],
    [["--scale-in-idle-ms", "10"], /bad value for --scale-in-idle-ms/],
  ])("refuses %j", (argv, message) => {
    const result = parseCliOptions(argv);
    expect(result.ok).toBe(false);
    if (result.ok === false) expect(result.message).toMatch(message);
  });

  it("asks for the usage text with --help", () => {
    expect(parseCliOptions(["--help"])).toEqual({ ok: "help" });
  });
});

describe("fault specs", () => {
  it("leaves unnamed faults off", () => {
    expect(parseFaults("latency=50")).toEqual({ throttle: 0, error: 0, latencyMs: 50 });
  });

  it("refuses malformed parts", () => {
    expect(parseFaults("throttle")).toBeUndefined();
    expect(parseFaults("throttle=0.1=2")).toBeUndefined();
    expect(parseFaults("latency=-5")).toBeUndefined();
  });
});

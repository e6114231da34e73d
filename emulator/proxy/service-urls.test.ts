import { describe, expect, it } from "vitest";

import { classifyHost, hostName, ServiceUrls } from "./service-urls";

describe("service URLs", () => {
  it("mints the local form with the port the emulator listens on, or AWS's form", () => {
    const local = new ServiceUrls("local");
    local.listening(4599);
    expect(local.mint("psbqam834h", "us-east-1")).toBe("psbqam834h.us-east-1.localhost:4599");
    const aws = new ServiceUrls("aws");
    aws.listening(4599);
    expect(aws.mint("psbqam834h", "us-east-1")).toBe("psbqam834h.us-east-1.awsapprunner.com");
  });

  it("moves a stored URL to the current form and port, keeping its identity", () => {
    const urls = new ServiceUrls("local");
    urls.listening(5000);
    expect(urls.current("psbqam834h.eu-west-1.localhost:4599")).toBe(
      "psbqam834h.eu-west-1.localhost:5000",
    );
    expect(urls.current("psbqam834h.eu-west-1.awsapprunner.com")).toBe(
      "psbqam834h.eu-west-1.localhost:5000",
    );
  });

  it("routes a service's host to it in either form, whatever the port or case", () => {
    const service = { slug: "psbqam834h", region: "ap-southeast-2" };
    expect(classifyHost("psbqam834h.ap-southeast-2.localhost:4599")).toEqual(service);
    expect(classifyHost("PSBQAM834H.AP-SOUTHEAST-2.LOCALHOST.")).toEqual(service);
    expect(classifyHost("psbqam834h.ap-southeast-2.awsapprunner.com")).toEqual(service);
  });

  it("keeps the API on the emulator's own names and answers other service names as unknown", () => {
    for (const host of ["127.0.0.1:4599", "localhost:4599", "[::1]:4599", "emulator", undefined])
      expect(classifyHost(host)).toBe("api");
    for (const host of ["nope.localhost:4599", "x.us-east-1.localhost", "a.awsapprunner.com"])
      expect(classifyHost(host)).toBe("unknown");
  });

  it("reads the host name of a Host header", () => {
    expect(hostName("[::1]:4599")).toBe("[::1]");
    expect(hostName("Example.COM.:80")).toBe("example.com");
  });
});

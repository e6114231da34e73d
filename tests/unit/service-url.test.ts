import { describe, expect, it } from "vitest";

import { isLoopbackServiceUrl, serviceUrlHost, serviceUrlHref } from "@/lib/apprunner/service-url";

describe("serviceUrlHref", () => {
  it("links App Runner's own URLs with https", () => {
    expect(serviceUrlHref("psbqam834h.us-east-1.awsapprunner.com")).toBe(
      "https://psbqam834h.us-east-1.awsapprunner.com",
    );
    expect(serviceUrlHref("shop.example.com")).toBe("https://shop.example.com");
  });

  it("links localhost and *.localhost names with http, keeping the port", () => {
    expect(serviceUrlHref("psbqam834h.us-east-1.localhost:4599")).toBe(
      "http://psbqam834h.us-east-1.localhost:4599",
    );
    expect(serviceUrlHref("localhost:8080")).toBe("http://localhost:8080");
    expect(serviceUrlHref("APP.LOCALHOST")).toBe("http://APP.LOCALHOST");
  });

  it("does not take a name that merely contains localhost for a loopback one", () => {
    expect(serviceUrlHref("localhost.example.com")).toBe("https://localhost.example.com");
    expect(serviceUrlHref("mylocalhost:8080")).toBe("https://mylocalhost:8080");
    expect(isLoopbackServiceUrl("evil-localhost.com")).toBe(false);
  });

  it("replaces a scheme the URL already carries instead of doubling it", () => {
    expect(serviceUrlHref("https://a.us-east-1.localhost:4599/")).toBe(
      "http://a.us-east-1.localhost:4599/",
    );
    expect(serviceUrlHref("http://a.example.com")).toBe("https://a.example.com");
  });
});

describe("serviceUrlHost", () => {
  it("drops scheme, port, path and a trailing dot", () => {
    expect(serviceUrlHost("http://A.us-east-1.localhost.:4599/x?y")).toBe("a.us-east-1.localhost");
    expect(serviceUrlHost("[::1]:8080")).toBe("[::1]");
  });
});

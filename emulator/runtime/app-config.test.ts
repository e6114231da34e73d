import { describe, expect, it } from "vitest";

import { fromApiValues, interpreterFor, parseConfigFile } from "./app-config";
import { candidatePaths } from "./repository";

describe("apprunner.yaml", () => {
  it("reads every key of the configuration file reference's full example", () => {
    const result = parseConfigFile(`version: 1.0
runtime: python3
build:
  commands:
    pre-build:
      - wget -c https://example.com/lib.tar.gz
    build:
      - pip install pipenv
      - pipenv install
    post-build:
      - python manage.py test
  env:
    - name: DJANGO_SETTINGS_MODULE
      value: "django_apprunner.settings"
run:
  runtime-version: 3.7.7
  command: pipenv run gunicorn django_apprunner.wsgi --log-file -
  network:
    port: 8000
    env: MY_APP_PORT
  env:
    - name: MY_VAR_EXAMPLE
      value: "example"
  secrets:
    - name: my-secret
      value-from: "arn:aws:secretsmanager:us-east-1:123456789012:secret:testingstackAppRunnerConfigSecr-9fZNUdcUnxmN"
`);
    expect(result).toEqual({
      ok: true,
      config: {
        from: "REPOSITORY",
        runtime: "python3",
        buildPhases: [
          { phase: "pre-build", commands: ["wget -c https://example.com/lib.tar.gz"] },
          { phase: "build", commands: ["pip install pipenv", "pipenv install"] },
          { phase: "post-build", commands: ["python manage.py test"] },
        ],
        buildEnv: { DJANGO_SETTINGS_MODULE: "django_apprunner.settings" },
        startCommand: "pipenv run gunicorn django_apprunner.wsgi --log-file -",
        port: "8000",
        portEnv: "MY_APP_PORT",
        env: { MY_VAR_EXAMPLE: "example" },
        secrets: {
          "my-secret":
            "arn:aws:secretsmanager:us-east-1:123456789012:secret:testingstackAppRunnerConfigSecr-9fZNUdcUnxmN",
        },
      },
    });
  });

  it('defaults the port to 8080 ("The default is 8080.", config-file-ref.html)', () => {
    const result = parseConfigFile(
      "version: 1.0\nruntime: nodejs18\nrun:\n  command: node app.js\n",
    );
    expect(result.ok && result.config.port).toBe("8080");
    expect(result.ok && result.config.buildPhases).toEqual([]);
  });

  it.each([
    ["runtime: nodejs18\nrun:\n  command: x\n", "apprunner.yaml: version is required"],
    [
      "version: 3\nruntime: nodejs18\nrun:\n  command: x\n",
      "apprunner.yaml: version 3 is not supported (use 1.0)",
    ],
    ["version: 1.0\nrun:\n  command: x\n", "apprunner.yaml: runtime is required"],
    ["version: 1.0\nruntime: nodejs18\n", "apprunner.yaml: run is required"],
    [
      "version: 1.0\nruntime: nodejs18\nrun:\n  network:\n    port: 80\n",
      "apprunner.yaml: run.command is required",
    ],
    [
      "version: 1.0\nruntime: nodejs18\nrun:\n  command: x\n  env:\n    - value: 1\n",
      "apprunner.yaml: each entry of run.env needs a name and a value",
    ],
    [
      "version: 1.0\nruntime: nodejs18\nbuild:\n  commands:\n    build: npm ci\nrun:\n  command: x\n",
      "apprunner.yaml: build.commands.build must be a list of commands",
    ],
    ["version: [1.0\n", expect.stringMatching(/^apprunner\.yaml is not valid YAML: /)],
  ])("refuses %j", (text, reason) => {
    expect(parseConfigFile(text)).toEqual({ ok: false, reason });
  });
});

describe("API configuration values", () => {
  it("needs a start command, and builds only when there is a build command", () => {
    expect(fromApiValues({ Runtime: "NODEJS_18" }).ok).toBe(false);
    const result = fromApiValues({ Runtime: "NODEJS_18", StartCommand: "node a.js" });
    expect(result.ok && result.config).toMatchObject({ buildPhases: [], port: "8080" });
  });
});

describe("runtimes", () => {
  it.each([
    ["NODEJS_22", "node"],
    ["nodejs18", "node"],
    ["PYTHON_3", "python3"],
    ["PYTHON_311", "python3"],
    ["python311", "python3"],
    ["CORRETTO_11", "java"],
    ["GO_1", "go"],
    ["DOTNET_6", "dotnet"],
    ["PHP_81", "php"],
    ["RUBY_31", "ruby"],
    ["COBOL_85", undefined],
  ])("%s runs with %s", (runtime, program) => {
    expect(interpreterFor(runtime)).toBe(program);
  });
});

describe("repository URLs", () => {
  it("map host/owner/repo under the repositories folder, with or without .git, or a file:// path", () => {
    expect(candidatePaths("https://github.com/acme/web", "/r")).toEqual([
      "/r/github.com/acme/web",
      "/r/github.com/acme/web.git",
    ]);
    expect(candidatePaths("https://bitbucket.org/acme/web.git", "/r")).toEqual([
      "/r/bitbucket.org/acme/web.git",
      "/r/bitbucket.org/acme/web",
    ]);
    expect(candidatePaths("file:///srv/git/app", "/r")).toEqual(["/srv/git/app"]);
    for (const place of candidatePaths("https://github.com/acme/%2E%2E/%2E%2E/../x", "/r"))
      expect(place.startsWith("/r/")).toBe(true);
    expect(candidatePaths("not a url", "/r")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";

import { blankValues } from "@/lib/apprunner/form/defaults";
import { movingReferenceNote } from "@/lib/apprunner/form/moving-reference";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

function image(identifier: string): WizardValues {
  const values = blankValues();
  values.source = { ...values.source, type: "image", imageIdentifier: identifier };
  return values;
}

function code(branch: string): WizardValues {
  const values = blankValues();
  values.source = {
    ...values.source,
    type: "code",
    repositoryUrl: "https://github.com/example/web",
    branch,
  };
  return values;
}

// ImageRepository.ImageIdentifier (App Runner API reference): an image name as ECR pulls it,
// `<registry>/<repository>` then `:<tag>` or `@<digest>`; Docker reads no tag as `latest`.
describe("movingReferenceNote", () => {
  it("names the tag of an image pulled by tag", () => {
    expect(movingReferenceNote(image("public.ecr.aws/nginx/nginx:1.27"))).toBe(
      "The image is named by its tag 1.27, which may point to a different image now than when this revision ran.",
    );
  });

  it("says latest when the image has no tag", () => {
    expect(movingReferenceNote(image("123456789012.dkr.ecr.us-east-1.amazonaws.com/web"))).toMatch(
      /its tag latest,/,
    );
  });

  it("reads a tag that holds a slash as the whole tag", () => {
    expect(movingReferenceNote(image("public.ecr.aws/acme/web:feature/login"))).toMatch(
      /its tag feature\/login,/,
    );
  });

  it("has nothing to say when the image is pinned by digest", () => {
    const digest = "sha256:" + "a".repeat(64);
    expect(movingReferenceNote(image(`public.ecr.aws/acme/web@${digest}`))).toBeUndefined();
    expect(movingReferenceNote(image(`public.ecr.aws/acme/web:1.0@${digest}`))).toBeUndefined();
  });

  it("names the branch of a source code repository", () => {
    expect(movingReferenceNote(code("main"))).toBe(
      "The source is the branch main, which may have moved since this revision ran.",
    );
  });
});

export const SERVICE_NAME_HINT =
  "4–40 letters, digits, hyphens or underscores, starting with a letter or digit. It can't be changed later.";

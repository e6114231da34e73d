"use client";

// A list page's failure reads like the services list's: try again, or go to the services.
export { default } from "@/app/services/error";

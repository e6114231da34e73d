// The same neutral placeholder as the services pages: a resource page looks no different loading.
export { default } from "@/app/services/loading";

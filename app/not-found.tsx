import Link from "next/link";
import { homePath } from "@/lib/site/routes";

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-muted">
        Nothing lives at this address.{" "}
        <Link href={homePath} className="text-accent underline">
          See all episodes
        </Link>
        .
      </p>
    </>
  );
}

import Link from "next/link";

export default function NotFound() {
  return (
    <>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-muted">
        Nothing lives at this address.{" "}
        <Link href="/" className="text-accent underline">
          See all episodes
        </Link>
        .
      </p>
    </>
  );
}

#!/usr/bin/env bash
# Signs a built site with GnuPG alone: a detached, ASCII-armoured signature (<file>.asc) of each
# CSAF document the folder's index.txt lists (CSAF 2.0 requirements 12 and 19), and a cleartext
# signature of security.txt (RFC 9116 section 2.3). Made to run in
# a job of its own that has the key and nothing else: no npm, no checkout of the site's code, only
# this file, bash and Debian's gpg and gpgv.
#
#   scripts/sign-site.sh <site folder> <public keys folder> <CSAF documents folder> <security.txt>
#
# The folders and file are given relative to the site folder, as src/data/site.ts's `outputs`
# names them (.well-known/csaf/openpgp, .well-known/csaf/white, .well-known/security.txt).
#
# The key comes from the environment only: OPENPGP_SIGNING_KEY, one ASCII-armoured private key,
# and OPENPGP_SIGNING_KEY_PASSPHRASE when it has one (one trailing newline, as a pasted secret
# has, is not part of it). Before signing anything it refuses, each with its reason: no key, more
# than one, a key that is expired, revoked or cannot sign, a key whose public half the site does
# not publish (or publishes expired or revoked), and a passphrase that does not open it. After
# signing, gpgv verifies every signature against the published public key. It warns (in GitHub
# Actions, as an annotation) when the published key expires within 60 days. Nothing it prints
# holds the key or the passphrase: only fingerprints, which are public, and file names.
set -euo pipefail
set +x

fail() {
  printf 'sign-site: %s\n' "$*" >&2
  exit 1
}

[[ $# -eq 4 ]] || fail "usage: sign-site.sh <site folder> <public keys folder> <CSAF documents folder> <security.txt>"
site=$1
keys="$site/$2"
documents="$site/$3"
security_txt="$site/$4"
[[ -d $site ]] || fail "$site is not a folder"
[[ -d $keys ]] || fail "$2 is not a folder of the site: the build publishes the public keys there"
[[ -f $security_txt ]] || fail "$4 is not a file of the site"
[[ -f $documents/index.txt ]] || fail "$3/index.txt is not a file of the site: the build lists the CSAF documents there"

key=${OPENPGP_SIGNING_KEY-}
[[ -n ${key//[[:space:]]/} ]] || fail "OPENPGP_SIGNING_KEY is not set: there is no key to sign with"
passphrase=${OPENPGP_SIGNING_KEY_PASSPHRASE-}
passphrase=${passphrase%$'\n'}
passphrase=${passphrase%$'\r'}

# The keyrings live in a folder only this user can read, removed (agent stopped) on any exit.
work=$(mktemp -d)
trap 'gpgconf --homedir "$work/secret" --kill gpg-agent 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -m 700 "$work/secret" "$work/public"

secret() { gpg --homedir "$work/secret" --batch --no-tty --quiet "$@"; }
public() { gpg --homedir "$work/public" --batch --no-tty --quiet "$@"; }

# The secret key: exactly one, able to sign, neither expired nor revoked.
printf '%s\n' "$key" | secret --import 2>/dev/null ||
  fail "OPENPGP_SIGNING_KEY is not an ASCII-armoured OpenPGP private key (-----BEGIN PGP PRIVATE KEY BLOCK-----)"
listing=$(secret --with-colons --fixed-list-mode --list-secret-keys)
count=$(grep -c '^sec:' <<<"$listing" || true)
[[ $count -ne 0 ]] ||
  fail "OPENPGP_SIGNING_KEY is not an ASCII-armoured OpenPGP private key (-----BEGIN PGP PRIVATE KEY BLOCK-----)"
fingerprints=$(awk -F: '/^sec:/ { want = 1; next } want && /^fpr:/ { print $10; want = 0 }' <<<"$listing")
[[ $count -eq 1 ]] ||
  fail "OPENPGP_SIGNING_KEY holds $count keys ($(paste -sd, - <<<"$fingerprints" | sed 's/,/, /g')): set it to the one private key to sign with"
fingerprint=$fingerprints
sec=$(grep '^sec:' <<<"$listing")
case $(cut -d: -f2 <<<"$sec") in
  r) fail "OPENPGP_SIGNING_KEY ($fingerprint) is revoked: set the team's current key" ;;
  e) fail "OPENPGP_SIGNING_KEY ($fingerprint) has expired: extend it, publish its public key again, or set the team's current key" ;;
esac
[[ $(cut -d: -f12 <<<"$sec") == *S* ]] ||
  fail "OPENPGP_SIGNING_KEY ($fingerprint) has no key that can sign today (expired or revoked subkeys): extend it or set the team's current key"

# The public half, as the site publishes it: a client checks the signatures against that copy.
shopt -s nullglob
published=("$keys"/*.asc)
[[ ${#published[@]} -gt 0 ]] || fail "$2 holds no public key: commit the key's public half in openpgp/ and build again"
for file in "${published[@]}"; do
  public --import "$file" 2>/dev/null || fail "$2/$(basename "$file") is not an OpenPGP public key"
done
pub=$(public --with-colons --fixed-list-mode --list-keys "$fingerprint" 2>/dev/null | grep '^pub:' || true)
[[ -n $pub ]] ||
  fail "OPENPGP_SIGNING_KEY is the key $fingerprint, which the site does not publish ($(public --with-colons --list-keys | awk -F: '/^fpr:/ { print $10 }' | sort -u | paste -sd, - | sed 's/,/, /g')): commit its public key in openpgp/ first, or set the team's key"
case $(cut -d: -f2 <<<"$pub") in
  r) fail "the published public key $fingerprint is revoked: set the team's current key" ;;
  e) fail "the published public key $fingerprint has expired: commit its extended public key in openpgp/" ;;
esac
expires=$(cut -d: -f7 <<<"$pub")
if [[ -n $expires ]] && ((expires - $(date +%s) < 60 * 86400)); then
  day=$(date -u -d "@$expires" +%F)
  warning="The OpenPGP signing key $fingerprint expires on $day: extend it, commit its public key again and replace the secret (README, Signing), or the deploys stop that day"
  if [[ ${GITHUB_ACTIONS-} == true ]]; then
    printf '::warning title=Signing key expires soon::%s\n' "$warning"
  else
    printf 'sign-site: warning: %s\n' "$warning" >&2
  fi
fi
keyring="$work/published.gpg"
public --export "$fingerprint" >"$keyring"

# A trial signature first, so a wrong passphrase stops the job before any file is touched.
sign() { secret --pinentry-mode loopback --passphrase-fd 3 --local-user "$fingerprint!" "$@" 3<<<"$passphrase"; }
printf 'A trial signature\n' >"$work/trial"
if ! sign --detach-sign --output "$work/trial.sig" "$work/trial" 2>/dev/null ||
  ! gpgv --keyring "$keyring" "$work/trial.sig" "$work/trial" 2>/dev/null; then
  if [[ -z $passphrase ]]; then
    fail "OPENPGP_SIGNING_KEY ($fingerprint) made no signature its published public key verifies: if it is protected by a passphrase, set OPENPGP_SIGNING_KEY_PASSPHRASE"
  fi
  fail "OPENPGP_SIGNING_KEY_PASSPHRASE does not open OPENPGP_SIGNING_KEY ($fingerprint), or the key made no signature its published public key verifies"
fi

# The documents index.txt lists, each a plain path in the folder: checked before any is signed.
listed=()
while IFS= read -r path || [[ -n $path ]]; do
  [[ -n $path ]] || continue
  [[ $path =~ ^[0-9A-Za-z._/-]+\.json$ && $path != /* && /$path/ != */../* && /$path/ != */./* ]] ||
    fail "$3/index.txt lists \"$path\", which is not a path of a CSAF document in the folder"
  [[ -f $documents/$path && ! -L $documents/$path ]] || fail "$3/index.txt lists $path, which is not a file of the folder"
  listed+=("$documents/$path")
done <"$documents/index.txt"

# Each CSAF document, then security.txt; every signature checked as a client would.
signed=0
for document in "${listed[@]}"; do
  sign --armor --detach-sign --yes --output "$document.asc" "$document"
  gpgv --keyring "$keyring" "$document.asc" "$document" 2>/dev/null ||
    fail "the signature of ${document#"$site"/} does not verify"
  signed=$((signed + 1))
done
sign --clearsign --yes --output "$work/security.txt" "$security_txt"
gpgv --keyring "$keyring" "$work/security.txt" 2>/dev/null || fail "the signature of $4 does not verify"
cat "$work/security.txt" >"$security_txt"

printf 'sign-site: signed %d CSAF documents and %s with the OpenPGP key %s\n' "$signed" "$4" "$fingerprint"

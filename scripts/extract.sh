#!/bin/sh
# Extracts the production jar into a directory as scripts/serve.sh, scripts/aot-cache.sh and the Docker image run it:
# <dir>/app.jar with its libraries in <dir>/lib (Spring Boot's -Djarmode=tools extract). Class-data sharing and the
# AOT cache keep only classes loaded from plain jars on the class path, never from the jars nested in the fat jar.
#
#   scripts/extract.sh target/disclosure-desk-0.1.0-SNAPSHOT.jar /opt/disclosure-desk
set -eu
jar="${1:?usage: extract.sh <production jar> <directory>}"
dir="${2:?usage: extract.sh <production jar> <directory>}"
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -Djarmode=tools -jar "$jar" extract --force --destination "$dir" >/dev/null
mv "$dir/$(basename "$jar")" "$dir/app.jar"

# Build the production jar, then run it on a JRE against an external MariaDB, extracted (scripts/serve.sh says why).
# No Node stage: the frontend comes from the committed src/main/bundles/prod.bundle (CI fails when it is stale),
# so the build needs nothing beyond a Maven repository.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction || true
COPY frontend frontend
COPY src src
COPY scripts/extract.sh scripts/extract.sh
RUN ./mvnw -B -Pproduction -DskipTests package && scripts/extract.sh target/disclosure-desk-*.jar /app

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app disclosure
COPY --from=build /app /app
COPY scripts/serve.sh /app/serve.sh
# the class-data sharing archive scripts/serve.sh lets the JVM write at the first stop (later starts take half as long)
RUN mkdir /app/cache && chown disclosure /app/cache
USER disclosure
WORKDIR /app
# Configure the database by environment: DB_URL (jdbc:mariadb://host:3306/disclosure_desk), DB_USER, DB_PASSWORD.
# DEMO_DATA=true loads the demo data into an empty database.
ENV DEMO_DATA=false PORT=8080 JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
ENTRYPOINT ["/app/serve.sh", "/app"]

// The same app for Gradle: `gradle run`. rules-content is a plain jar with rules-core's dependencies
// (README.md, "Embed it"); nothing to exclude.
plugins {
    application
}

repositories {
    mavenCentral()
}

dependencies {
    implementation("org.safeplan:rules-content:1.0.0")   // pin an exact release; brings rules-core
}

java {
    toolchain {
        languageVersion = JavaLanguageVersion.of(17)
    }
}

application {
    mainClass = "com.example.hotline.Advise"
}

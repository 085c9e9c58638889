rootProject.name = "safeplan-partner-example"

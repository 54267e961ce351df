# locales/en/scenarios/synth.ftl deleted

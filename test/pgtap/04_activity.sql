-- pgTAP: the activity-based method, properties and error codes.
BEGIN;
SELECT plan(22);

SELECT has_type('portemis', 'vessel', 'the vessel particulars type lives in the extension''s schema');
SELECT volatility_is('mode_emissions', ARRAY['portemis.vessel','text','double precision','double precision','boolean','boolean','text','double precision','double precision','boolean'], 'stable');
SELECT volatility_is('propulsion_load', ARRAY['double precision','double precision','double precision','double precision','double precision','text'], 'immutable');
SELECT is((SELECT count(*)::int FROM portemis.energy_factor WHERE shipped AND source = ''), 0, 'every shipped energy factor names its source');

-- the checks of the issue
SELECT is(round(llaf('NOx', 0.02)::numeric, 2), 4.63::numeric, 'LLAF NOx at 2 % is 4.63');
SELECT is(round(llaf('CO2', 0.02)::numeric, 2), 3.28::numeric, 'LLAF CO2 at 2 % is 3.28');
SELECT is(llaf('HC', 0.5), 1::float8, 'LLAF is 1 above 20 % load');
SELECT is(round(tonnes(engine_emissions('MSD', 'MGO', 1000, 48, tier => 2, sulphur_pct => 0.1, engine_group => 'auxiliary'), 'CO2')::numeric, 3),
          33.394::numeric, '48 h at berth, aux MSD Tier II MGO 1000 kW: 33.394 t CO2');
SELECT is(round(tonnes(engine_emissions('MSD', 'MGO', 1000, 48, tier => 2, sulphur_pct => 0.1, engine_group => 'auxiliary'), 'NOx')::numeric * 1000, 1),
          504.0::numeric, '... and 504.0 kg NOx');

-- properties
SELECT is((SELECT count(*)::int FROM generate_series(2, 19) i
           WHERE llaf('NOx', i / 100.0) <= llaf('NOx', (i + 1) / 100.0)), 0,
          'LLAF NOx falls as the load rises from 2 % (the method''s minimum load: below it, the 2 % value) to 20 %');
SELECT ok(abs(tonnes(engine_emissions('SSD', 'HFO', 20000, 10, load => 0.5, tier => 1), 'CO2')
              - 10 * tonnes(engine_emissions('SSD', 'HFO', 20000, 1, load => 0.5, tier => 1), 'CO2')) < 1e-9,
          'emissions are linear in hours');
SELECT ok(tonnes(engine_emissions('SSD', 'MGO', 1000, 1, load => 0.5, tier => 3), 'NOx')
          < tonnes(engine_emissions('SSD', 'MGO', 1000, 1, load => 0.5, tier => 2), 'NOx'),
          'Tier III emits less NOx than Tier II at 50 % load');
SELECT is(tonnes(mode_emissions(vessel('container_ship', teu => 10000, shore_power => true), 'berth', 48, shore_power => true), 'CO2'),
          tonnes(engine_emissions('BOILER', 'MGO', 520, 48, engine_group => 'boiler'), 'CO2'),
          'with shore power only the boiler burns fuel at berth');
SELECT is(tonnes(mode_emissions(vessel('container_ship', teu => 10000, mcr_kw => 50000, max_speed_kn => 24), 'transit', 0, 15, true), 'CO2'), 0::float8,
          'zero hours, zero emissions');

-- error codes
SELECT throws_ok($$SELECT propulsion_load(-1, 20)$$, '22003');
SELECT throws_ok($$SELECT llaf('NOx', 2)$$, '22003');
SELECT throws_ok($$SELECT engine_emissions('SSD', 'MGO', -5, 1)$$, '22003');
SELECT throws_ok($$SELECT engine_emissions('XSD', 'MGO', 5, 1)$$, '22023');
SELECT throws_ok($$SELECT mode_emissions(vessel('container_ship', teu => 100), 'flying', 1)$$, '22023');
SELECT throws_ok($$SELECT mode_emissions(vessel('submarine', dwt => 1), 'berth', 1)$$, '22023');
SELECT throws_ok($$SELECT mode_emissions(vessel('container_ship'), 'berth', 1)$$, '22004');
SELECT throws_ok($$SELECT mode_emissions(vessel('container_ship', teu => 100, mcr_kw => 1000, max_speed_kn => 15), 'maneuvering', 1)$$, '22004');

SELECT * FROM finish();
ROLLBACK;

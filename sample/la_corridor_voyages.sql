-- Sample voyages on the four Los Angeles green shipping corridors, 2024.
-- Illustrative data written for the demo (not measurements of real ships):
-- typical trans-Pacific container ships of 8,000-15,000 TEU at 15-17 kn,
-- sea distances of the usual routes, VLSFO (HFO 0.48 % S) at sea and MGO
-- (0.08 % S) inside the North American ECA, two dual-fuel ships (LNG, methanol).
CREATE TABLE sample_voyage (
    ship text NOT NULL,
    v    voyage NOT NULL
);
COMMENT ON TABLE sample_voyage IS 'portemis demo: illustrative Los Angeles corridor voyages, 2024';

INSERT INTO sample_voyage VALUES
 ('Pacific Alpha (14,000 TEU)', 'origin=CNSHA, destination=USLAX, departure=2024-01-08T06:00:00Z, arrival=2024-01-23T02:00:00Z, distance_nm=5708, cargo_t=118500, fuels=[HFO 1612.4 t S=0.48%, MGO 38.6 t S=0.08%]'),
 ('Pacific Alpha (14,000 TEU)', 'origin=USLAX, destination=CNSHA, departure=2024-01-27T18:00:00Z, arrival=2024-02-12T10:00:00Z, distance_nm=5708, cargo_t=41200, fuels=[HFO 1544.9 t S=0.48%, MGO 41.3 t S=0.08%]'),
 ('Harbour Green (15,000 TEU, LNG dual-fuel)', 'origin=CNSHA, destination=USLAX, departure=2024-03-02T12:00:00Z, arrival=2024-03-17T04:00:00Z, distance_nm=5708, cargo_t=126300, fuels=[LNG_DIESEL_SS 1268.0 t, MGO 52.7 t S=0.08%]'),
 ('Methanol Pioneer (16,000 TEU, methanol dual-fuel)', 'origin=CNSHA, destination=USLAX, departure=2024-05-14T09:00:00Z, arrival=2024-05-29T01:00:00Z, distance_nm=5708, cargo_t=131800, fuels=[METHANOL 3081.5 t, MGO 47.2 t S=0.08%]'),
 ('Straits Trader (11,000 TEU)', 'origin=SGSIN, destination=USLAX, departure=2024-02-03T00:00:00Z, arrival=2024-02-22T14:00:00Z, distance_nm=7671, cargo_t=97400, fuels=[HFO 2048.3 t S=0.48%, MGO 40.1 t S=0.08%]'),
 ('Straits Trader (11,000 TEU)', 'origin=USLAX, destination=SGSIN, departure=2024-02-27T08:00:00Z, arrival=2024-03-18T06:00:00Z, distance_nm=7671, cargo_t=36900, fuels=[HFO 1987.6 t S=0.48%, MGO 43.8 t S=0.08%]'),
 ('Equator Express (9,000 TEU)', 'origin=SGSIN, destination=USLGB, departure=2024-06-10T15:00:00Z, arrival=2024-07-01T03:00:00Z, distance_nm=7702, cargo_t=82100, fuels=[HFO 1759.0 t S=0.48%, MGO 36.4 t S=0.08%]'),
 ('Kanto Bridge (8,500 TEU)', 'origin=JPTYO, destination=USLAX, departure=2024-04-01T03:00:00Z, arrival=2024-04-13T11:00:00Z, distance_nm=4834, cargo_t=71200, fuels=[HFO 1096.2 t S=0.48%, MGO 33.9 t S=0.08%]'),
 ('Kanto Bridge (8,500 TEU)', 'origin=USLAX, destination=JPTYO, departure=2024-04-17T20:00:00Z, arrival=2024-04-30T06:00:00Z, distance_nm=4834, cargo_t=29800, fuels=[HFO 1061.7 t S=0.48%, MGO 35.0 t S=0.08%]'),
 ('Bay Star (13,000 TEU)', 'origin=JPYOK, destination=USLAX, departure=2024-08-05T07:00:00Z, arrival=2024-08-17T09:00:00Z, distance_nm=4820, cargo_t=104600, fuels=[HFO 1338.5 t S=0.48%, MGO 39.2 t S=0.08%]'),
 ('Bay Star (13,000 TEU)', 'origin=USLGB, destination=JPYOK, departure=2024-08-22T01:00:00Z, arrival=2024-09-03T15:00:00Z, distance_nm=4833, cargo_t=38700, fuels=[HFO 1301.1 t S=0.48%, MGO 40.5 t S=0.08%]'),
 ('Harbour Green (15,000 TEU, LNG dual-fuel)', 'origin=USLAX, destination=CNSHA, departure=2024-03-21T16:00:00Z, arrival=2024-04-06T02:00:00Z, distance_nm=5708, cargo_t=45800, fuels=[LNG_DIESEL_SS 1221.4 t, MGO 49.9 t S=0.08%]');

-- The four corridors, both directions, Los Angeles and Long Beach together.
-- The route is the straight line between the two ports in longitude/latitude,
-- a stand-in for the real sea route (which a user would store).
CREATE VIEW sample_corridor_voyage AS
SELECT CASE
         WHEN 'CNSHA' IN (origin(v)::text, destination(v)::text) THEN 'LA-Shanghai'
         WHEN 'SGSIN' IN (origin(v)::text, destination(v)::text) THEN 'LA-Singapore'
         WHEN 'JPTYO' IN (origin(v)::text, destination(v)::text) THEN 'LA-Tokyo'
         WHEN 'JPYOK' IN (origin(v)::text, destination(v)::text) THEN 'LA-Yokohama'
       END AS corridor,
       ship, v,
       st_makeline(port_geom(origin(v)), port_geom(destination(v))) AS route
FROM sample_voyage;

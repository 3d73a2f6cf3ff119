-- The kinds of service the needs vocabulary points to (issue 20) belong to the platform, not to the demo: a county
-- whose directory fills from PTV or HSDS gets them too, so a family's need finds the services that help, and PTV's
-- service classes find their topic. Editors may add more; an existing code keeps its names.
insert into directory.taxonomy_term (id, code, name_fi, name_sv, name_en)
select md5('yhdessa/topic/' || code)::uuid, code, fi, sv, en from (values
    ('pregnancy', 'Raskaus ja synnytys', 'Graviditet och förlossning', 'Pregnancy and birth'),
    ('baby', 'Vauvaperheet', 'Babyfamiljer', 'Families with babies'),
    ('parenting', 'Vanhemmuus ja kasvatus', 'Föräldraskap och fostran', 'Parenting'),
    ('relationship', 'Parisuhde', 'Parrelation', 'Couple relationship'),
    ('separation', 'Ero ja erotilanteet', 'Skilsmässa och separation', 'Separation and divorce'),
    ('finances', 'Talous ja toimeentulo', 'Ekonomi och utkomst', 'Money and income'),
    ('mental-health', 'Mielenterveys ja jaksaminen', 'Psykisk hälsa och ork', 'Mental health and coping'),
    ('substances', 'Päihteet ja riippuvuudet', 'Rusmedel och beroenden', 'Substance use and addiction'),
    ('violence', 'Väkivalta ja turvallisuus', 'Våld och trygghet', 'Violence and safety'),
    ('health', 'Terveys', 'Hälsa', 'Health'),
    ('development', 'Kasvu ja kehitys', 'Växande och utveckling', 'Growth and development'),
    ('early-education', 'Varhaiskasvatus', 'Småbarnspedagogik', 'Early childhood education'),
    ('school', 'Koulu ja opiskelu', 'Skola och studier', 'School and studies'),
    ('youth', 'Nuoret', 'Unga', 'Young people'),
    ('leisure', 'Harrastukset ja vapaa-aika', 'Hobbyer och fritid', 'Hobbies and leisure'),
    ('peer-support', 'Vertaistuki', 'Kamratstöd', 'Peer support'),
    ('meeting-places', 'Kohtaamispaikat', 'Mötesplatser', 'Meeting places'),
    ('home-help', 'Kotipalvelu ja arjen tuki', 'Hemservice och stöd i vardagen', 'Home help and everyday support'),
    ('crisis', 'Kriisit ja kiireellinen apu', 'Kriser och brådskande hjälp', 'Crises and urgent help'),
    ('benefits', 'Etuudet ja tuet', 'Förmåner och stöd', 'Benefits and allowances'),
    ('guidance', 'Ohjaus ja neuvonta', 'Handledning och rådgivning', 'Guidance and advice'),
    ('multicultural', 'Monikulttuuriset perheet', 'Mångkulturella familjer', 'Multicultural families')
) as kind (code, fi, sv, en)
on conflict (code) do nothing;

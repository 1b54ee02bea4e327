/**
 * Synthetic people: given and family names per naming culture, the order a name is written in,
 * and the ASCII slug used for e-mail local parts. Pools are common names, never real persons.
 */
import type { Random } from './random.ts';

/** A naming culture (not a country: several countries share one, one country mixes several). */
export type NamePool =
  | 'us' | 'gb' | 'au' | 'de' | 'fr' | 'it' | 'es' | 'latam' | 'br' | 'pt' | 'nl' | 'pl' | 'ru' | 'ua'
  | 'tr' | 'ar' | 'he' | 'in' | 'pk' | 'bd' | 'id' | 'vi' | 'th' | 'ms' | 'ph' | 'ja' | 'ko' | 'zh'
  | 'sv' | 'no' | 'da' | 'fi' | 'cs' | 'el' | 'kk' | 'ng' | 'ke' | 'za' | 'hu' | 'ro' | 'hk' | 'cn';

interface PoolData {
  given: readonly string[];
  family: readonly string[];
  /** How the full name is written: given first (default), family first, or family in the middle (vi). */
  order?: 'given-family' | 'family-given';
}

const w = (text: string): readonly string[] => text.split(',').map((s) => s.trim());

const POOLS: Record<NamePool, PoolData> = {
  us: { given: w('James, Michael, Robert, David, Jennifer, Linda, Sarah, Jessica, Brian, Kevin, Ashley, Emily, Daniel, Matthew, Lauren, Megan, Tyler, Rachel, Kimberly, Jason, Amanda, Eric, Nicole, Stephanie'), family: w('Smith, Johnson, Williams, Brown, Miller, Davis, Wilson, Anderson, Taylor, Thomas, Moore, Jackson, Martin, Thompson, White, Harris, Clark, Lewis, Walker, Hall, Young, Allen, Wright, Scott, Baker, Nelson, Carter, Mitchell, Turner, Parker') },
  gb: { given: w('Oliver, Harry, George, Jack, Charlotte, Amelia, Emma, Sophie, Thomas, William, James, Lucy, Hannah, Daniel, Chloe, Rebecca, Matthew, Laura, Stuart, Gemma, Alistair, Fiona, Graham, Nicola'), family: w('Smith, Jones, Taylor, Brown, Williams, Wilson, Evans, Thomas, Roberts, Walker, Wright, Robinson, Thompson, White, Hughes, Edwards, Green, Hall, Wood, Harris, Lewis, Clarke, Jackson, Patel, Turner, Hill, Cooper, Ward') },
  au: { given: w('Jack, Liam, Noah, Charlotte, Olivia, Mia, Chloe, Lachlan, Mitchell, Bradley, Jessica, Kate, Nathan, Hayley, Josh, Brooke, Scott, Tahlia, Cameron, Ella'), family: w('Smith, Jones, Williams, Brown, Wilson, Taylor, Nguyen, Johnson, Martin, White, Anderson, Walker, Thompson, Harris, Ryan, Kelly, King, Lee, Campbell, Murphy') },
  de: { given: w('Thomas, Michael, Andreas, Stefan, Markus, Jürgen, Klaus, Frank, Sabine, Petra, Claudia, Anja, Katrin, Julia, Lena, Tobias, Florian, Jan, Nicole, Birgit, Sebastian, Christian, Monika, Uwe'), family: w('Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter, Klein, Wolf, Schröder, Neumann, Schwarz, Zimmermann, Braun, Krüger, Hofmann, Hartmann, Lange, Werner, Krause, Lehmann') },
  fr: { given: w('Jean, Pierre, Nicolas, Philippe, Stéphane, François, Laurent, Sophie, Isabelle, Nathalie, Céline, Camille, Julien, Mathieu, Sébastien, Aurélie, Émilie, Thierry, Caroline, Valérie, Antoine, Hélène'), family: w('Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefebvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, Girard, Bonnet, Lambert, Fontaine, Rousseau') },
  it: { given: w('Marco, Giuseppe, Alessandro, Andrea, Luca, Francesco, Matteo, Giulia, Francesca, Chiara, Sara, Paola, Roberto, Stefano, Elena, Valentina, Davide, Simone, Federica, Massimo'), family: w('Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, Gallo, Conti, De Luca, Mancini, Costa, Giordano, Rizzo, Lombardi, Moretti, Barbieri, Fontana') },
  es: { given: w('Antonio, José, Manuel, Francisco, David, Javier, Carlos, Daniel, María, Carmen, Laura, Marta, Lucía, Cristina, Pablo, Sergio, Alberto, Raquel, Elena, Jorge, Núria, Jordi'), family: w('García, Fernández, González, Rodríguez, López, Martínez, Sánchez, Pérez, Gómez, Martín, Jiménez, Ruiz, Hernández, Díaz, Moreno, Álvarez, Romero, Navarro, Torres, Domínguez, Vázquez, Serrano, Puig') },
  latam: { given: w('Juan, Carlos, Luis, Jorge, Miguel, Alejandro, Diego, Andrés, Fernando, Ricardo, María, Ana, Gabriela, Daniela, Valentina, Camila, Sofía, Paola, Claudia, Verónica, Rodrigo, Sebastián, Martín, Mariana'), family: w('González, Rodríguez, Hernández, García, Martínez, López, Pérez, Sánchez, Ramírez, Torres, Flores, Rivera, Gómez, Díaz, Morales, Vargas, Castro, Rojas, Herrera, Medina, Aguilar, Ortiz, Silva, Muñoz, Reyes, Mendoza, Quispe') },
  br: { given: w('João, Pedro, Lucas, Gabriel, Rafael, Marcelo, Rodrigo, Felipe, Ana, Mariana, Juliana, Fernanda, Camila, Patrícia, Aline, Bruna, Thiago, Leandro, Vanessa, Renata, Eduardo, Carla'), family: w('Silva, Santos, Oliveira, Souza, Rodrigues, Ferreira, Alves, Pereira, Lima, Gomes, Costa, Ribeiro, Martins, Carvalho, Almeida, Lopes, Soares, Fernandes, Vieira, Barbosa, Rocha, Dias, Nascimento, Moreira') },
  pt: { given: w('João, José, António, Francisco, Miguel, Rui, Nuno, Pedro, Tiago, Maria, Ana, Catarina, Inês, Sofia, Joana, Rita, Paulo, Sérgio, Marta, Carla'), family: w('Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Jesus, Sousa, Fernandes, Gonçalves, Gomes, Lopes, Marques, Alves, Almeida, Ribeiro, Pinto, Carvalho') },
  nl: { given: w('Jan, Pieter, Kees, Bas, Joost, Sander, Mark, Ruben, Daan, Anouk, Femke, Sanne, Lotte, Eva, Marieke, Ingrid, Wouter, Thijs, Maarten, Esther'), family: w('de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer, Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer') },
  pl: { given: w('Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Marcin, Michał, Łukasz, Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Monika, Ewa, Marta, Grzegorz, Jakub, Karolina, Aleksandra'), family: w('Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski') },
  ru: { given: w('Alexander, Sergey, Dmitry, Andrey, Alexey, Maxim, Ivan, Mikhail, Nikolay, Vladimir, Elena, Olga, Natalia, Tatiana, Irina, Svetlana, Anna, Ekaterina, Yulia, Marina, Pavel, Artem'), family: w('Ivanov, Smirnov, Kuznetsov, Popov, Vasiliev, Petrov, Sokolov, Mikhailov, Novikov, Fedorov, Morozov, Volkov, Alekseev, Lebedev, Semenov, Egorov, Pavlov, Kozlov, Stepanov, Nikolaev, Orlov, Andreev') },
  ua: { given: w('Oleksandr, Andriy, Serhiy, Dmytro, Volodymyr, Oleh, Yuriy, Taras, Olena, Oksana, Natalia, Iryna, Tetiana, Yulia, Kateryna, Svitlana, Bohdan, Maksym'), family: w('Melnyk, Shevchenko, Boyko, Kovalenko, Bondarenko, Tkachenko, Kovalchuk, Kravchenko, Oliynyk, Shevchuk, Polishchuk, Lysenko, Marchenko, Rudenko, Savchenko, Petrenko') },
  tr: { given: w('Mehmet, Mustafa, Ahmet, Ali, Hüseyin, Hasan, İbrahim, Murat, Emre, Burak, Ayşe, Fatma, Emine, Zeynep, Elif, Merve, Selin, Can, Serkan, Özlem, Gökhan, Derya'), family: w('Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Yıldırım, Öztürk, Aydın, Özdemir, Arslan, Doğan, Kılıç, Aslan, Çetin, Kara, Koç, Kurt, Özkan, Şimşek, Polat, Korkmaz') },
  ar: { given: w('Mohammed, Ahmed, Ali, Omar, Khalid, Abdullah, Hassan, Youssef, Ibrahim, Tariq, Faisal, Saeed, Hamad, Rashid, Fatima, Aisha, Mariam, Noura, Layla, Hana, Sara, Rania'), family: w('Al Mansouri, Al Hashimi, Al Qasimi, Al Zahrani, Al Otaibi, Al Ghamdi, Al Harbi, Al Shamsi, Al Nuaimi, Al Falasi, Haddad, Khoury, Nasser, Saleh, Hamdan, Aziz, Rahman, Mahmoud, Abdelaziz, El Sayed, Farouk, Mansour') },
  he: { given: w('David, Yossi, Moshe, Avi, Eitan, Noam, Omer, Itai, Yael, Noa, Michal, Tamar, Shira, Maya, Ronit, Gal, Amir, Lior, Dana, Oren'), family: w('Cohen, Levi, Mizrahi, Peretz, Biton, Friedman, Avraham, Katz, Azulay, Shapiro, Ben David, Goldberg, Rosen, Weiss, Klein, Dahan, Malka, Ohana') },
  in: { given: w('Rahul, Amit, Rajesh, Sanjay, Vikram, Anil, Suresh, Arjun, Rohit, Deepak, Priya, Anjali, Neha, Pooja, Kavita, Sunita, Ramesh, Manish, Nikhil, Sneha, Kiran, Aditya, Vijay, Meera'), family: w('Sharma, Patel, Gupta, Singh, Kumar, Agarwal, Mehta, Shah, Jain, Reddy, Iyer, Nair, Rao, Verma, Chopra, Malhotra, Bansal, Joshi, Desai, Kapoor, Menon, Pillai, Goyal, Mittal') },
  pk: { given: w('Muhammad, Ahmed, Ali, Usman, Bilal, Imran, Faisal, Kamran, Asif, Tariq, Hamza, Zeeshan, Ayesha, Fatima, Sana, Hina, Nadia, Sadia, Waqas, Adnan'), family: w('Khan, Ahmed, Malik, Hussain, Qureshi, Sheikh, Butt, Chaudhry, Raza, Siddiqui, Iqbal, Akhtar, Mirza, Abbasi, Javed, Aslam, Rana, Baig') },
  bd: { given: w('Mohammad, Abdul, Rafiq, Kamal, Jamal, Shahid, Rashed, Nazmul, Mahmud, Tanvir, Farhana, Nusrat, Sharmin, Tasnim, Rubina, Arif, Sabbir, Imran'), family: w('Rahman, Hossain, Islam, Ahmed, Uddin, Chowdhury, Alam, Haque, Miah, Akter, Sarker, Khan, Kabir, Karim, Sultana, Talukder') },
  id: { given: w('Budi, Agus, Andi, Dedi, Hendra, Rudi, Joko, Wahyu, Eko, Bambang, Siti, Dewi, Sri, Rina, Fitri, Ratna, Yanti, Indah, Rizky, Adi, Fajar, Putri'), family: w('Santoso, Wijaya, Gunawan, Setiawan, Susanto, Halim, Hidayat, Saputra, Kusuma, Pratama, Nugroho, Wibowo, Hartono, Salim, Tanoto, Sutanto, Lestari, Rahayu, Purnomo, Tjandra') },
  vi: { given: w('Anh, Minh, Huy, Tuan, Duc, Hung, Long, Nam, Quang, Thanh, Lan, Huong, Linh, Mai, Trang, Thao, Ngoc, Phuong, Hoa, Dung'), family: w('Nguyen, Tran, Le, Pham, Hoang, Huynh, Phan, Vu, Vo, Dang, Bui, Do, Ho, Ngo, Duong, Ly'), order: 'family-given' },
  th: { given: w('Somchai, Somsak, Anan, Prasert, Wichai, Niran, Kittipong, Chaiwat, Nattapong, Sompong, Siriporn, Malee, Pranee, Wanida, Kanya, Suda, Ratana, Pimchanok, Napat, Thanakorn'), family: w('Saetang, Srisuk, Chaiyaporn, Wongsawat, Rattanakorn, Boonmee, Kongkaew, Sukprasert, Thongchai, Chanthavong, Phromphan, Jaidee, Srisomboon, Suwannarat, Limthong, Charoenrat') },
  ms: { given: w('Ahmad, Muhammad, Mohd, Azman, Hafiz, Faizal, Rizal, Zulkifli, Nur, Siti, Aishah, Farah, Nurul, Aminah, Hidayah, Amir, Shafiq, Syafiq'), family: w('Abdullah, Ismail, Ibrahim, Hassan, Yusof, Osman, Ahmad, Rahman, Ali, Omar, Salleh, Hamid, Zakaria, Razak') },
  ph: { given: w('Jose, Juan, Mark, John Paul, Jerome, Ramon, Rodel, Arnel, Maria, Kristine, Jennifer, Mary Grace, Rowena, Liza, Marites, Joanna, Christian, Rhea, Paolo, Angelica'), family: w('Santos, Reyes, Cruz, Bautista, Ocampo, Garcia, Mendoza, Torres, Tomas, Andrada, Castillo, Flores, Villanueva, Ramos, Castro, Rivera, Aquino, Navarro, Dela Cruz, Salazar') },
  ja: { given: w('Hiroshi, Takashi, Kenji, Satoshi, Yuki, Daisuke, Kazuya, Makoto, Naoki, Tetsuya, Yoko, Keiko, Akiko, Tomoko, Yumi, Naomi, Haruka, Ayumi, Shota, Ryo'), family: w('Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato, Yoshida, Yamada, Sasaki, Yamaguchi, Matsumoto, Inoue, Kimura, Hayashi, Shimizu, Mori') },
  ko: { given: w('Minjun, Seojun, Jihoon, Hyunwoo, Dongwook, Sungmin, Jaehyun, Youngho, Jiyeon, Soyeon, Minji, Eunji, Hyejin, Sujin, Yuna, Seoyeon, Taeyang, Jinwoo'), family: w('Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim, Han, Oh, Seo, Shin, Kwon, Hwang, Ahn, Song') },
  zh: { given: w('Wei Ming, Jia Hui, Kok Leong, Boon Huat, Mei Ling, Siew Lan, Chee Keong, Hui Min, Jun Jie, Li Ting, Wei Jie, Xin Yi, Kian Seng, Pei Shan'), family: w('Tan, Lim, Lee, Ng, Ong, Wong, Goh, Chua, Chan, Koh, Teo, Ang, Yeo, Tay, Ho, Low'), order: 'family-given' },
  hk: { given: w('Kenneth, Raymond, Alan, Patrick, Eric, Vincent, Anthony, Stanley, Winnie, Carmen, Vivian, Connie, Gloria, Phoebe, Jacky, Ivan, Cathy, Sammy'), family: w('Chan, Wong, Leung, Lam, Cheung, Lau, Li, Ho, Ng, Chow, Tsang, Yeung, Kwok, Tang, Mak, Fung') },
  cn: { given: w('Wei, Jing, Lei, Na, Min, Jun, Yan, Hao, Fang, Qiang, Xiaoming, Lili, Tao, Hui, Jie, Yun, Peng, Xin'), family: w('Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun, Ma, Zhu, Hu, Guo, Lin, He'), order: 'family-given' },
  sv: { given: w('Erik, Lars, Anders, Johan, Per, Karl, Mikael, Fredrik, Anna, Eva, Maria, Karin, Sara, Emma, Linnea, Ingrid, Magnus, Henrik, Elin, Sofia'), family: w('Andersson, Johansson, Karlsson, Nilsson, Eriksson, Larsson, Olsson, Persson, Svensson, Gustafsson, Pettersson, Jonsson, Lindberg, Lindqvist, Berglund, Holm') },
  no: { given: w('Ole, Lars, Jon, Knut, Bjørn, Terje, Geir, Hans, Kari, Ingrid, Anne, Silje, Marit, Hilde, Eirik, Håkon, Camilla, Tone'), family: w('Hansen, Johansen, Olsen, Larsen, Andersen, Pedersen, Nilsen, Kristiansen, Jensen, Karlsen, Johnsen, Haugen, Berg, Dahl, Lie, Solberg') },
  da: { given: w('Jens, Søren, Niels, Lars, Henrik, Mads, Rasmus, Anders, Mette, Hanne, Louise, Camilla, Pernille, Line, Kasper, Mikkel, Lene, Trine'), family: w('Jensen, Nielsen, Hansen, Pedersen, Andersen, Christensen, Larsen, Sørensen, Rasmussen, Jørgensen, Petersen, Madsen, Kristensen, Olsen, Thomsen, Poulsen') },
  fi: { given: w('Juha, Mikko, Timo, Jari, Kari, Antti, Matti, Pekka, Tuula, Anne, Päivi, Riitta, Sanna, Laura, Heikki, Ville, Johanna, Minna'), family: w('Korhonen, Virtanen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, Koskinen, Järvinen, Lehtonen, Lehtinen, Saarinen, Salminen, Heinonen, Niemi') },
  cs: { given: w('Jan, Petr, Jiří, Josef, Pavel, Martin, Tomáš, Jaroslav, Jana, Eva, Hana, Lenka, Kateřina, Lucie, Veronika, Michal, Ondřej, Markéta'), family: w('Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Marek, Pospíšil, Hájek, Jelínek, Král, Růžička') },
  el: { given: w('Georgios, Ioannis, Konstantinos, Dimitrios, Nikolaos, Panagiotis, Christos, Vasilis, Maria, Eleni, Katerina, Sofia, Anna, Dimitra, Georgia, Nikos, Kostas, Angeliki'), family: w('Papadopoulos, Papadakis, Georgiou, Oikonomou, Nikolaidis, Karagiannis, Vlachos, Papanikolaou, Dimitriou, Konstantinidis, Antoniou, Makris, Pappas, Alexiou, Ioannou, Christodoulou') },
  kk: { given: w('Nurlan, Yerlan, Askar, Daniyar, Bauyrzhan, Serik, Marat, Arman, Aigerim, Aliya, Dana, Gulnara, Saule, Madina, Timur, Ruslan'), family: w('Nurlanov, Akhmetov, Suleimenov, Omarov, Abenov, Zhakupov, Iskakov, Bekov, Seitkali, Tulegenov, Kassymov, Baimukhanov, Sadykov, Ospanov') },
  ng: { given: w('Chinedu, Emeka, Oluwaseun, Tunde, Babajide, Ifeanyi, Ibrahim, Musa, Chioma, Ngozi, Funmilayo, Aisha, Adaeze, Yetunde, Kelechi, Segun, Damilola, Uche'), family: w('Okafor, Adeyemi, Okonkwo, Balogun, Eze, Nwosu, Ogunleye, Adebayo, Bello, Abubakar, Obi, Okeke, Olawale, Onyekachi, Ibekwe, Afolabi, Danjuma, Nnamdi') },
  ke: { given: w('John, Peter, Joseph, David, James, Samuel, Daniel, Grace, Mary, Faith, Esther, Mercy, Wanjiru, Akinyi, Kamau, Otieno, Brian, Caroline'), family: w('Mwangi, Kamau, Otieno, Ochieng, Kariuki, Njoroge, Wanjiku, Kiprop, Cheruiyot, Mutua, Omondi, Kimani, Odhiambo, Wafula, Koech, Njeri') },
  za: { given: w('Johan, Pieter, Willem, Thabo, Sipho, Themba, Craig, Warren, Nadia, Annelie, Lerato, Nomvula, Zanele, Michelle, Riaan, Hendrik, Kagiso, Bongani'), family: w('van der Merwe, Botha, Pretorius, Nel, du Plessis, Venter, Naidoo, Dlamini, Nkosi, Ndlovu, Mokoena, Khumalo, Smith, van Wyk, Steyn, Coetzee, Joubert, Govender') },
  hu: { given: w('László, István, József, Zoltán, Gábor, Péter, Attila, Tamás, Katalin, Erzsébet, Ildikó, Andrea, Zsuzsanna, Krisztina, Balázs, Ádám'), family: w('Nagy, Kovács, Tóth, Szabó, Horváth, Varga, Kiss, Molnár, Németh, Farkas, Balogh, Papp, Takács, Juhász, Lakatos, Mészáros') },
  ro: { given: w('Andrei, Alexandru, Mihai, Ion, Cristian, Florin, Adrian, Bogdan, Elena, Ioana, Andreea, Maria, Mihaela, Cristina, Alina, Gabriel, Radu, Daniela'), family: w('Popescu, Ionescu, Popa, Pop, Radu, Dumitru, Stoica, Stan, Gheorghe, Rusu, Munteanu, Matei, Constantin, Dinu, Marin, Lazăr') },
};

/** A generated person: how the name is shown and its parts for e-mail local parts. */
export interface PersonName {
  full: string;
  given: string;
  family: string;
}

/** Women's given names in the cultures where a surname or patronymic takes the woman's form. */
const WOMEN: Partial<Record<NamePool, ReadonlySet<string>>> = {
  ru: new Set(w('Elena, Olga, Natalia, Tatiana, Irina, Svetlana, Anna, Ekaterina, Yulia, Marina')),
  ua: new Set(w('Olena, Oksana, Natalia, Iryna, Tetiana, Yulia, Kateryna, Svitlana')),
  kk: new Set(w('Aigerim, Aliya, Dana, Gulnara, Saule, Madina')),
  pl: new Set(w('Anna, Katarzyna, Magdalena, Agnieszka, Joanna, Monika, Ewa, Marta, Karolina, Aleksandra')),
  cs: new Set(w('Jana, Eva, Hana, Lenka, Kateřina, Lucie, Veronika, Markéta')),
  el: new Set(w('Maria, Eleni, Katerina, Sofia, Anna, Dimitra, Georgia, Angeliki')),
  vi: new Set(w('Lan, Huong, Linh, Mai, Trang, Thao, Ngoc, Phuong, Hoa')),
  ms: new Set(w('Nur, Siti, Aishah, Farah, Nurul, Aminah, Hidayah')),
};

/** The woman's form of a family name: Orlova, Kowalska, Nováková, Papadopoulou. */
function feminine(pool: NamePool, family: string): string {
  switch (pool) {
    case 'ru':
    case 'kk':
      return /(ov|ev|in)$/.test(family) ? `${family}a` : family.replace(/sky$/, 'skaya');
    case 'ua':
      return family.replace(/sky$/, 'ska');
    case 'pl':
      return family.replace(/(s|c|dz)ki$/, '$1ka');
    case 'cs':
      if (family.endsWith('ý')) return `${family.slice(0, -1)}á`;
      if (family.endsWith('a')) return `${family.slice(0, -1)}ová`;
      if (family.endsWith('ek')) return `${family.slice(0, -2)}ková`;
      if (family.endsWith('ec')) return `${family.slice(0, -2)}cová`;
      return `${family}ová`;
    case 'el':
      return family.replace(/os$/, 'ou').replace(/is$/, 'i').replace(/as$/, 'a');
    default:
      return family;
  }
}

/** Draws a person from a naming culture. */
export function personName(rng: Random, pool: NamePool): PersonName {
  const data = POOLS[pool];
  const given = rng.pick(data.given);
  const woman = WOMEN[pool]?.has(given) ?? false;
  const family = woman ? feminine(pool, rng.pick(data.family)) : rng.pick(data.family);
  if (pool === 'vi') {
    const middle = woman ? 'Thi' : rng.pick(['Van', 'Duc', 'Minh', 'Quoc', 'Thanh', 'Huu']);
    return { full: `${family} ${middle} ${given}`, given, family };
  }
  if (pool === 'ms') return { full: `${given} ${woman ? 'binti' : 'bin'} ${family}`, given, family };
  const full = data.order === 'family-given' ? `${family} ${given}` : `${given} ${family}`;
  return { full, given, family };
}

/** A family name alone, in its base form (for company names such as "Müller Haushaltswaren"). */
export function familyName(rng: Random, pool: NamePool): string {
  return rng.pick(POOLS[pool].family);
}

const FOLD: Record<string, string> = { ß: 'ss', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae', đ: 'd', Đ: 'd', ı: 'i', œ: 'oe' };
const UMLAUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/**
 * ASCII slug of a name for mail local parts and domains: lower case, diacritics dropped
 * (German umlauts spelt out as Germans do), anything else but letters and digits removed.
 */
export function asciiSlug(text: string, umlauts = false): string {
  let out = '';
  for (const ch of text) out += (umlauts ? UMLAUT[ch] : undefined) ?? FOLD[ch] ?? ch;
  return out
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
